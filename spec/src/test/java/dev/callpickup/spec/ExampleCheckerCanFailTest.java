package dev.callpickup.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Proves the example check can fail: each test breaks one thing in an in-memory copy of the
 * contract and expects the checker to report it, naming the example and the violated rule. Only
 * violations the mutation adds are looked at, so a real broken example in the contract fails
 * {@link ExamplesTest} alone, not every test here.
 */
class ExampleCheckerCanFailTest {

    private static final String CALL_PICKUPS = "/paths/~1telephony~1config~1locations~1{locationId}~1callPickups";
    private static final String CALL_PICKUP = CALL_PICKUPS.replace("callPickups", "callPickups~1{callPickupId}");
    private static final String JSON = "application~1json";
    private static final String CREATE_EXAMPLE =
            CALL_PICKUPS + "/post/requestBody/content/" + JSON + "/examples/southAlaskaGroup/value";
    private static final String RENAME_EXAMPLE =
            CALL_PICKUP + "/put/requestBody/content/" + JSON + "/examples/renameOnly/value";

    @Test
    void nameLongerThan80CharactersIsReported() {
        List<String> violations = violationsAfter(contract ->
                object(contract, CREATE_EXAMPLE).put("name", "N".repeat(81)));

        assertThat(violations).singleElement().asString()
                .startsWith("POST /telephony/config/locations/{locationId}/callPickups requestBody example 'southAlaskaGroup': ")
                .contains("rule 'maxLength'", "/name");
    }

    @Test
    void unknownPropertyInRequestExampleIsReported() {
        List<String> violations = violationsAfter(contract ->
                object(contract, RENAME_EXAMPLE).put("colour", "blue"));

        assertThat(violations).singleElement().asString()
                .startsWith("PUT /telephony/config/locations/{locationId}/callPickups/{callPickupId} requestBody example 'renameOnly': ")
                .contains("rule 'additionalProperties'", "colour");
    }

    @Test
    void stringWhereIntegerBelongsIsReported() {
        List<String> violations = violationsAfter(contract ->
                object(contract, CREATE_EXAMPLE).put("notificationDelayTimerSeconds", "20"));

        assertThat(violations).singleElement().asString()
                .startsWith("POST /telephony/config/locations/{locationId}/callPickups requestBody example 'southAlaskaGroup': ")
                .contains("rule 'type'", "/notificationDelayTimerSeconds");
    }

    @Test
    void stringQueryParameterExampleIsReported() {
        // Cisco's own definition has exactly this bug: max: "5" on an integer parameter.
        List<String> violations = violationsAfter(contract ->
                object(contract, CALL_PICKUPS + "/get/parameters/0").put("example", "5"));

        assertThat(violations).singleElement().asString()
                .startsWith("GET /telephony/config/locations/{locationId}/callPickups parameter 'max' example: ")
                .contains("rule 'type'");
    }

    @Test
    void missingRequiredPropertyInSharedExampleIsReportedWhereItIsUsed() {
        List<String> violations = violationsAfter(contract -> {
            ObjectNode agent = object(contract, CALL_PICKUP
                    + "/get/responses/200/content/" + JSON + "/examples/southAlaskaGroup/value/agents/0");
            agent.remove("type");
        });

        assertThat(violations).singleElement().asString()
                .startsWith("GET /telephony/config/locations/{locationId}/callPickups/{callPickupId} response 200 example 'southAlaskaGroup': ")
                .contains("rule 'required'", "type");
    }

    @Test
    void referencedComponentExampleIsCheckedAgainstTheSchemaOfItsUse() {
        List<String> violations = violationsAfter(contract ->
                object(contract, "/components/examples/InvalidNameError/value").put("errorCode", "25008"));

        assertThat(violations).singleElement().asString()
                .startsWith("components/responses/BadRequest example 'invalidName' (#/components/examples/InvalidNameError): ")
                .contains("rule 'type'", "/errorCode");
    }

    @Test
    void propertyExampleOutsideItsEnumIsReported() {
        List<String> violations = violationsAfter(contract ->
                object(contract, "/components/schemas/AgentNumber/properties/primary").put("example", "true"));

        assertThat(violations).singleElement().asString()
                .startsWith("components/schemas/AgentNumber property 'primary' example: ")
                .contains("rule 'type'");
    }

    @Test
    void headerExampleBreakingItsPatternIsReported() {
        List<String> violations = violationsAfter(contract ->
                object(contract, "/components/parameters/TrackingIdRequest").put("example", "has spaces"));

        assertThat(violations).singleElement().asString()
                .startsWith("components/parameters/TrackingIdRequest example: ")
                .contains("rule 'pattern'");
    }

    @Test
    void unusedComponentExampleIsReported() {
        List<String> violations = violationsAfter(contract -> {
            ObjectNode examples = object(contract, "/components/examples");
            examples.set("Orphan", examples.get("InvalidNameError").deepCopy());
        });

        assertThat(violations).containsExactly(
                "components/examples/Orphan is used by no request body, response, parameter or header,"
                        + " so it has no schema to check against");
    }

    @Test
    void exampleWithoutSchemaIsReported() {
        List<String> violations = violationsAfter(contract ->
                object(contract, CALL_PICKUPS + "/post/requestBody/content/" + JSON).remove("schema"));

        assertThat(violations).containsExactly(
                "POST /telephony/config/locations/{locationId}/callPickups requestBody example 'southAlaskaGroup'"
                        + " has no schema to check against");
    }

    private static final List<String> BEFORE = violations(SpecDocument.tree(SpecDocument.CONTRACT));

    /** The violations a mutation of the contract adds. */
    private static List<String> violationsAfter(Consumer<ObjectNode> mutation) {
        ObjectNode contract = SpecDocument.tree(SpecDocument.CONTRACT);
        mutation.accept(contract);
        return violations(contract).stream().filter(violation -> !BEFORE.contains(violation)).toList();
    }

    private static List<String> violations(ObjectNode contract) {
        ExampleChecker checker = new ExampleChecker(contract);
        return ExampleFinder.findAll(contract).stream()
                .flatMap(example -> checker.violations(example).stream())
                .toList();
    }

    private static ObjectNode object(ObjectNode root, String pointer) {
        var node = root.at(JsonPointer.compile(pointer));
        assertThat(node.isObject()).as("the contract has an object at %s", pointer).isTrue();
        return (ObjectNode) node;
    }
}
