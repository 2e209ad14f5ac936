package dev.callpickup.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds every example of an OpenAPI 3.0 document by walking its raw tree, so that no example is
 * ever listed by hand: request bodies, responses, parameters and headers ({@code example} and
 * named {@code examples}, including those referenced from {@code components/examples}) and every
 * schema or property {@code example}. The raw tree is used, not swagger-parser's model, because
 * the model silently casts schema examples to the schema's type (a string where an integer
 * belongs would become null and pass unseen).
 *
 * <p>Referenced components ({@code $ref} to a response, parameter, header, request body or schema)
 * are visited once, under their component name. An example referenced from
 * {@code components/examples} is checked at every place that uses it, against that place's schema;
 * one that nothing uses is reported, since there is no schema to check it against.
 */
final class ExampleFinder {

    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String COMPONENT_EXAMPLES = "#/components/examples/";

    private final JsonNode root;
    private final List<FoundExample> found = new ArrayList<>();
    private final Set<String> usedComponentExamples = new HashSet<>();

    private ExampleFinder(JsonNode root) {
        this.root = root;
    }

    /** Every example of the document, in document order. */
    static List<FoundExample> findAll(JsonNode root) {
        return new ExampleFinder(root).walk();
    }

    private List<FoundExample> walk() {
        for (Map.Entry<String, JsonNode> path : fields(root.path("paths"))) {
            String template = path.getKey();
            JsonNode item = path.getValue();
            parameters(template, item.path("parameters"));
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation == null) {
                    continue;
                }
                String label = method.toUpperCase(Locale.ROOT) + " " + template;
                parameters(label, operation.path("parameters"));
                JsonNode body = operation.get("requestBody");
                if (body != null && !SpecDocument.isRef(body)) {
                    content(label + " requestBody", body.path("content"));
                }
                for (Map.Entry<String, JsonNode> response : fields(operation.path("responses"))) {
                    response(label + " response " + response.getKey(), response.getValue());
                }
            }
        }
        JsonNode components = root.path("components");
        for (Map.Entry<String, JsonNode> e : fields(components.path("parameters"))) {
            parameter("components/parameters/" + e.getKey(), e.getValue());
        }
        for (Map.Entry<String, JsonNode> e : fields(components.path("requestBodies"))) {
            content("components/requestBodies/" + e.getKey(), e.getValue().path("content"));
        }
        for (Map.Entry<String, JsonNode> e : fields(components.path("responses"))) {
            response("components/responses/" + e.getKey(), e.getValue());
        }
        for (Map.Entry<String, JsonNode> e : fields(components.path("headers"))) {
            header("components/headers/" + e.getKey(), e.getValue());
        }
        for (Map.Entry<String, JsonNode> e : fields(components.path("schemas"))) {
            schema("components/schemas/" + e.getKey(), e.getValue());
        }
        for (Map.Entry<String, JsonNode> e : fields(components.path("examples"))) {
            if (!usedComponentExamples.contains(COMPONENT_EXAMPLES + e.getKey())) {
                found.add(new FoundExample("components/examples/" + e.getKey(), null, null,
                        "is used by no request body, response, parameter or header, so it has no schema to check against"));
            }
        }
        return found;
    }

    private void parameters(String label, JsonNode list) {
        for (JsonNode parameter : list) {
            if (!SpecDocument.isRef(parameter)) {
                parameter(label + " parameter '" + parameter.path("name").asText() + "'", parameter);
            }
        }
    }

    private void parameter(String label, JsonNode parameter) {
        examples(label, parameter.get("schema"), parameter);
        schema(label + " schema", parameter.get("schema"));
        content(label, parameter.path("content"));
    }

    private void response(String label, JsonNode response) {
        if (SpecDocument.isRef(response)) {
            return;
        }
        for (Map.Entry<String, JsonNode> h : fields(response.path("headers"))) {
            if (!SpecDocument.isRef(h.getValue())) {
                header(label + " header '" + h.getKey() + "'", h.getValue());
            }
        }
        content(label, response.path("content"));
    }

    private void header(String label, JsonNode header) {
        examples(label, header.get("schema"), header);
        schema(label + " schema", header.get("schema"));
        content(label, header.path("content"));
    }

    private void content(String label, JsonNode content) {
        boolean several = content.size() > 1;
        for (Map.Entry<String, JsonNode> media : fields(content)) {
            String where = several ? label + " " + media.getKey() : label;
            JsonNode schema = media.getValue().get("schema");
            examples(where, schema, media.getValue());
            schema(where + " schema", schema);
        }
    }

    /** The {@code example} and the named {@code examples} of a media type, parameter or header. */
    private void examples(String label, JsonNode schema, JsonNode site) {
        if (site.has("example")) {
            add(label + " example", schema, site.get("example"));
        }
        for (Map.Entry<String, JsonNode> named : fields(site.path("examples"))) {
            String where = label + " example '" + named.getKey() + "'";
            JsonNode example = named.getValue();
            if (SpecDocument.isRef(example)) {
                String ref = example.get("$ref").asText();
                where += " (" + ref + ")";
                if (ref.startsWith(COMPONENT_EXAMPLES)) {
                    usedComponentExamples.add(ref);
                }
                example = SpecDocument.resolve(root, ref);
                if (example.isMissingNode()) {
                    found.add(new FoundExample(where, schema, null, "has a $ref that does not resolve"));
                    continue;
                }
            }
            if (example.has("value")) {
                add(where, schema, example.get("value"));
            } else {
                found.add(new FoundExample(where, schema, null,
                        "has no inline value (an externalValue cannot be checked)"));
            }
        }
    }

    /** A schema's own example, then those of its subschemas; referenced schemas are visited as components. */
    private void schema(String label, JsonNode schema) {
        if (schema == null || !schema.isObject() || SpecDocument.isRef(schema)) {
            return;
        }
        if (schema.has("example")) {
            add(label + " example", schema, schema.get("example"));
        }
        for (Map.Entry<String, JsonNode> property : fields(schema.path("properties"))) {
            schema(label + " property '" + property.getKey() + "'", property.getValue());
        }
        schema(label + " items", schema.get("items"));
        for (String combiner : List.of("allOf", "anyOf", "oneOf")) {
            int i = 0;
            for (JsonNode part : schema.path(combiner)) {
                schema(label + " " + combiner + "[" + i++ + "]", part);
            }
        }
        schema(label + " not", schema.get("not"));
        schema(label + " additionalProperties", schema.get("additionalProperties"));
    }

    private void add(String location, JsonNode schema, JsonNode value) {
        found.add(schema == null
                ? new FoundExample(location, null, value, "has no schema to check against")
                : new FoundExample(location, schema, value, null));
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node.properties();
    }
}
