package dev.callpickup.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Everything of Cisco's published definition is in ours (see {@link OfficialCoverage}), and the
 * coverage check notices when something goes missing.
 */
class OfficialCoverageTest {

    private static final JsonNode OFFICIAL = SpecDocument.tree(SpecDocument.OFFICIAL);
    private static final String CALL_PICKUP =
            "/paths/~1telephony~1config~1locations~1{locationId}~1callPickups~1{callPickupId}";

    @Test
    void everyOfficialSchemaHasADocumentedCounterpart() {
        JsonNode ours = SpecDocument.tree(SpecDocument.CONTRACT);
        List<String> official = new ArrayList<>();
        OFFICIAL.path("components").path("schemas").fieldNames().forEachRemaining(official::add);

        assertThat(OfficialCoverage.SCHEMA_NAMES).containsOnlyKeys(official);
        assertThat(OfficialCoverage.SCHEMA_NAMES.values()).allSatisfy(name ->
                assertThat(ours.at("/components/schemas/" + name).isObject()).as("our schema %s", name).isTrue());
    }

    /** One test per official operation; a failure lists every gap of that operation. */
    @TestFactory
    Stream<DynamicTest> everyOfficialOperationIsCovered() {
        Map<String, List<String>> gaps = gapsAfter(ours -> { });
        assertThat(gaps).hasSize(6);
        return gaps.entrySet().stream().map(operation -> DynamicTest.dynamicTest(operation.getKey(), () ->
                assertThat(operation.getValue())
                        .as("what ours lacks of the official %s", operation.getKey()).isEmpty()));
    }

    @Test
    void noticesAMissingEnumValue() {
        assertThat(allGapsAfter(ours -> remove((ArrayNode) ours.at("/components/schemas/NotificationType/enum"),
                "VISUAL_ONLY")))
                .contains("requestBody body.notificationType lacks the enum value VISUAL_ONLY",
                        "response 200 body.notificationType lacks the enum value VISUAL_ONLY");
    }

    @Test
    void noticesAMissingNestedResponseProperty() {
        assertThat(allGapsAfter(ours -> object(ours, "/components/schemas/AgentNumber/properties").remove("extension")))
                .contains("response 200 body.agents[].numbers[] lacks the property extension");
    }

    @Test
    void noticesAnUndocumentedRename() {
        assertThat(allGapsAfter(ours -> {
            ObjectNode properties = object(ours, "/components/schemas/Agent/properties");
            properties.set("phoneNumbers", properties.remove("numbers"));
        })).contains("response 200 body.agents[] lacks the property numbers");
    }

    @Test
    void noticesAMissingParameterAndResponseCode() {
        List<String> gaps = allGapsAfter(ours -> {
            object(ours, CALL_PICKUP).remove("parameters");
            object(ours, CALL_PICKUP + "/delete/responses").remove("410");
        });
        assertThat(gaps).contains("parameter callPickupId (path) is missing", "parameter orgId (query) is missing",
                "response 410 is missing");
    }

    @Test
    void noticesARequirementTheOfficialDefinitionDoesNotHave() {
        assertThat(allGapsAfter(ours -> object(ours, "/components/schemas/UpdateCallPickupRequest")
                .putArray("required").add("name")))
                .contains("requestBody body requires name, which the official definition does not");
    }

    @Test
    void noticesAnOfficialExampleThatWasChanged() {
        assertThat(allGapsAfter(ours -> object(ours,
                CALL_PICKUP + "/put/requestBody/content/application~1json/examples/southAlaskaGroup/value")
                .put("notificationDelayTimerSeconds", 21)))
                .contains("requestBody: the official example is not among our named examples");
    }

    private static Map<String, List<String>> gapsAfter(Consumer<ObjectNode> mutation) {
        ObjectNode ours = SpecDocument.tree(SpecDocument.CONTRACT);
        mutation.accept(ours);
        return new OfficialCoverage(OFFICIAL, ours).gapsByOperation();
    }

    private static List<String> allGapsAfter(Consumer<ObjectNode> mutation) {
        return gapsAfter(mutation).values().stream().flatMap(List::stream).toList();
    }

    private static ObjectNode object(ObjectNode root, String pointer) {
        JsonNode node = root.at(JsonPointer.compile(pointer));
        assertThat(node.isObject()).as("the contract has an object at %s", pointer).isTrue();
        return (ObjectNode) node;
    }

    private static void remove(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new AssertionError(value + " is not in " + array);
    }
}
