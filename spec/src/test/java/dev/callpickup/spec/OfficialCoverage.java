package dev.callpickup.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds what of Cisco's published definition is missing from ours: operations, parameters, body
 * properties (requests and responses, nested), enum values, response codes and body examples. The
 * only differences it allows are the renames and narrowings documented in spec/DECISIONS.md,
 * which are listed here once.
 */
final class OfficialCoverage {

    /** DECISIONS.md T1: the official operationIds are sentences; ours are identifiers. */
    static final Map<String, String> OPERATION_IDS = Map.of(
            "Read the List of Call Pickups", "listCallPickups",
            "Create a Call Pickup", "createCallPickup",
            "Get Details for a Call Pickup", "getCallPickup",
            "Update a Call Pickup", "updateCallPickup",
            "Delete a Call Pickup", "deleteCallPickup",
            "Get available agents from Call Pickups", "listAvailableAgents");

    /** DECISIONS.md T3: schema names that read well in Java. */
    static final Map<String, String> SCHEMA_NAMES = Map.of(
            "PostCallPickupObject", "CreateCallPickupRequest",
            "ModifyCallPickupObject", "UpdateCallPickupRequest",
            "GetCallPickupObject", "CallPickup",
            "ListCallPickupObject", "CallPickupSummary",
            "GetPersonPlaceVirtualLineCallPickupObject", "Agent",
            "GetUserNumberItemObject", "AgentNumber");

    /** DECISIONS.md D1: agent numbers are {@code numbers}, as Webex sends them. Key: official schema.property. */
    static final Map<String, String> PROPERTY_RENAMES = Map.of(
            "GetPersonPlaceVirtualLineCallPickupObject.phoneNumber", "numbers");

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final String SCHEMAS = "#/components/schemas/";

    private final JsonNode official;
    private final JsonNode ours;

    OfficialCoverage(JsonNode official, JsonNode ours) {
        this.official = official;
        this.ours = ours;
    }

    /** The official operations, as "METHOD path", each with what ours lacks of it (empty when covered). */
    Map<String, List<String>> gapsByOperation() {
        Map<String, List<String>> gaps = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : official.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    gaps.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(),
                            gaps(path.getKey(), method, path.getValue(), operation));
                }
            }
        }
        return gaps;
    }

    private List<String> gaps(String path, String method, JsonNode officialItem, JsonNode officialOperation) {
        List<String> gaps = new ArrayList<>();
        JsonNode ourItem = ours.path("paths").path(path);
        JsonNode ourOperation = ourItem.path(method);
        if (ourOperation.isMissingNode()) {
            gaps.add("the operation is missing");
            return gaps;
        }
        String officialId = officialOperation.path("operationId").asText();
        String ourId = ourOperation.path("operationId").asText();
        if (!ourId.equals(OPERATION_IDS.get(officialId))) {
            gaps.add("operationId '" + officialId + "' should be renamed to '" + OPERATION_IDS.get(officialId)
                    + "', is '" + ourId + "'");
        }
        parameters(officialItem, officialOperation, ourItem, ourOperation, gaps);
        JsonNode officialBody = SpecDocument.deref(official, officialOperation.get("requestBody"));
        if (!officialBody.isMissingNode()) {
            content("requestBody", officialBody, SpecDocument.deref(ours, ourOperation.get("requestBody")), gaps);
        }
        for (Map.Entry<String, JsonNode> response : officialOperation.path("responses").properties()) {
            JsonNode ourResponse = SpecDocument.deref(ours, ourOperation.path("responses").get(response.getKey()));
            if (ourResponse.isMissingNode()) {
                gaps.add("response " + response.getKey() + " is missing");
            } else {
                content("response " + response.getKey(),
                        SpecDocument.deref(official, response.getValue()), ourResponse, gaps);
            }
        }
        return gaps;
    }

    private void parameters(JsonNode officialItem, JsonNode officialOperation, JsonNode ourItem,
                            JsonNode ourOperation, List<String> gaps) {
        Map<String, JsonNode> ourParameters = parametersByKey(ours, ourItem, ourOperation);
        parametersByKey(official, officialItem, officialOperation).forEach((key, parameter) -> {
            JsonNode our = ourParameters.get(key);
            if (our == null) {
                gaps.add("parameter " + key + " is missing");
                return;
            }
            if (parameter.path("required").asBoolean() && !our.path("required").asBoolean()) {
                gaps.add("parameter " + key + " must be required");
            }
            schema("parameter " + key, parameter.get("schema"), our.get("schema"), gaps);
        });
    }

    /** Path-level and operation-level parameters, keyed "name (in)". */
    private static Map<String, JsonNode> parametersByKey(JsonNode root, JsonNode item, JsonNode operation) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode p = SpecDocument.deref(root, parameter);
                byKey.put(p.path("name").asText() + " (" + p.path("in").asText() + ")", p);
            }
        }
        return byKey;
    }

    private void content(String where, JsonNode officialSite, JsonNode ourSite, List<String> gaps) {
        for (Map.Entry<String, JsonNode> media : officialSite.path("content").properties()) {
            JsonNode our = ourSite.path("content").path(media.getKey());
            if (our.isMissingNode()) {
                gaps.add(where + " has no " + media.getKey() + " body");
                continue;
            }
            schema(where + " body", media.getValue().get("schema"), our.get("schema"), gaps);
            JsonNode example = media.getValue().get("example");
            if (example != null && !hasExample(our, asDecided(example))) {
                gaps.add(where + ": the official example is not among our named examples");
            }
        }
    }

    private boolean hasExample(JsonNode media, JsonNode value) {
        for (JsonNode example : media.path("examples")) {
            if (SpecDocument.deref(ours, example).path("value").equals(value)) {
                return true;
            }
        }
        return media.path("example").equals(value);
    }

    /** DECISIONS.md D3, the one change to official example values: {@code "primary": "true"} becomes {@code true}. */
    private static JsonNode asDecided(JsonNode example) {
        JsonNode copy = example.deepCopy();
        fixPrimary(copy);
        return copy;
    }

    private static void fixPrimary(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("primary").isTextual()) {
            object.set("primary", BooleanNode.valueOf(Boolean.parseBoolean(object.get("primary").asText())));
        }
        node.forEach(OfficialCoverage::fixPrimary);
    }

    /**
     * Compares an official schema with ours at the same place: a named official schema must be
     * our documented counterpart, types agree (DECISIONS.md D5 narrows {@code number} to
     * {@code integer}), enum values are kept, every property is there (recursively, with the
     * documented renames) and ours requires nothing the official one does not.
     */
    private void schema(String where, JsonNode officialSchema, JsonNode ourSchema, List<String> gaps) {
        if (officialSchema == null) {
            return;
        }
        if (ourSchema == null) {
            gaps.add(where + " has no schema");
            return;
        }
        String officialName = null;
        if (SpecDocument.isRef(officialSchema)) {
            officialName = officialSchema.get("$ref").asText().substring(SCHEMAS.length());
            String expected = SCHEMAS + SCHEMA_NAMES.get(officialName);
            if (!ourSchema.path("$ref").asText().equals(expected)) {
                gaps.add(where + " should be " + expected + " (official " + officialName + ")");
            }
        }
        JsonNode o = SpecDocument.deref(official, officialSchema);
        Set<JsonNode> ourParts = parts(ourSchema);

        String officialType = o.path("type").asText(null);
        Set<String> ourTypes = collect(ourParts, part -> Stream.ofNullable(part.path("type").asText(null)));
        if (officialType != null && !ourTypes.contains(officialType)
                && !("number".equals(officialType) && ourTypes.contains("integer"))) {
            gaps.add(where + " should be of type " + officialType + ", is " + ourTypes);
        }

        Set<String> ourEnum = collect(ourParts, part -> texts(part.path("enum")));
        texts(o.path("enum")).filter(value -> !ourEnum.contains(value))
                .forEach(value -> gaps.add(where + " lacks the enum value " + value));

        Map<String, JsonNode> ourProperties = new LinkedHashMap<>();
        ourParts.forEach(part -> part.path("properties").properties()
                .forEach(p -> ourProperties.putIfAbsent(p.getKey(), p.getValue())));
        for (Map.Entry<String, JsonNode> property : o.path("properties").properties()) {
            String ourName = renamed(officialName, property.getKey());
            JsonNode our = ourProperties.get(ourName);
            if (our == null) {
                gaps.add(where + " lacks the property " + ourName);
            } else {
                schema(where + "." + ourName, property.getValue(), our, gaps);
            }
        }

        String name = officialName;
        Set<String> officialRequired = collect(Set.of(o), part -> texts(part.path("required")).map(r -> renamed(name, r)));
        collect(ourParts, part -> texts(part.path("required")))
                .stream()
                .filter(required -> !officialRequired.contains(required))
                .forEach(required -> gaps.add(where + " requires " + required + ", which the official definition does not"));

        if (o.has("items")) {
            JsonNode ourItems = ourParts.stream().map(part -> part.get("items"))
                    .filter(items -> items != null).findFirst().orElse(null);
            schema(where + "[]", o.get("items"), ourItems, gaps);
        }
    }

    private static String renamed(String officialSchemaName, String property) {
        return PROPERTY_RENAMES.getOrDefault(officialSchemaName + "." + property, property);
    }

    /** A schema of ours and, through $ref and allOf, every schema it is made of. */
    private Set<JsonNode> parts(JsonNode schema) {
        Set<JsonNode> parts = new LinkedHashSet<>();
        JsonNode resolved = SpecDocument.deref(ours, schema);
        if (!resolved.isMissingNode()) {
            parts.add(resolved);
            for (JsonNode part : resolved.path("allOf")) {
                parts.addAll(parts(part));
            }
        }
        return parts;
    }

    private static Set<String> collect(Set<JsonNode> parts, Function<JsonNode, Stream<String>> values) {
        Set<String> collected = new LinkedHashSet<>();
        parts.forEach(part -> values.apply(part).forEach(collected::add));
        return collected;
    }

    private static Stream<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText);
    }
}
