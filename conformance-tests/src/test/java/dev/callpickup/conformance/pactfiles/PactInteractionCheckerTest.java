package dev.callpickup.conformance.pactfiles;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callpickup.conformance.contract.Contract;
import dev.callpickup.conformance.contract.ContractValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the pact-vs-spec check can fail: hand-written pacts (read back with Pact JVM's reader, like the
 * real ones) that break the contract in one way each must be rejected with the interaction and the rule.
 */
class PactInteractionCheckerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOCATION = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzhmZjMwMjg5LWVhMzMtNDc1Ny1iMTBmLWQ2MWIyNzFhMDVlZg";
    private static final String PICKUPS = "/v1/telephony/config/locations/" + LOCATION + "/callPickups";

    private final PactInteractionChecker checker = new PactInteractionChecker(ContractValidator.of(Contract.get()));

    @TempDir
    Path dir;

    @Test
    void aConformingCreateHasNoViolations() throws IOException {
        assertThat(checker.violations(create(i -> { }))).isEmpty();
    }

    @Test
    void anUnknownRequestFieldIsRejectedNamingInteractionAndRule() throws IOException {
        List<String> violations = checker.violations(create(
                i -> requestBody(i).put("ringTone", "classic")));

        assertThat(violations).isNotEmpty().allSatisfy(v -> assertThat(v).startsWith("'create a call pickup'"));
        assertThat(String.join("\n", violations)).contains("additionalProperties").contains("ringTone");
    }

    @Test
    void aWrongRequestTypeIsRejected() throws IOException {
        List<String> violations = checker.violations(create(
                i -> requestBody(i).put("notificationDelayTimerSeconds", "20")));

        assertThat(String.join("\n", violations)).contains("'create a call pickup'").contains("schema.type")
                .contains("notificationDelayTimerSeconds");
    }

    @Test
    void anUndefinedEnumValueInARequestIsRejected() throws IOException {
        List<String> violations = checker.violations(create(
                i -> requestBody(i).put("notificationType", "LOUD")));

        assertThat(String.join("\n", violations)).contains("enum").contains("LOUD");
    }

    @Test
    void aWrongResponseTypeIsRejected() throws IOException {
        List<String> violations = checker.violations(create(
                i -> ((ObjectNode) i.with("response").with("body").get("content")).put("id", 42)));

        assertThat(String.join("\n", violations)).contains("validation.response.body").contains("id");
    }

    @Test
    void expectingAResponsePropertyTheContractDoesNotPromiseIsRejected() throws IOException {
        List<String> violations = checker.violations(create(
                i -> ((ObjectNode) i.with("response").with("body").get("content")).put("etag", "abc")));

        assertThat(String.join("\n", violations)).contains("validation.response.body.schema.additionalProperties")
                .contains("etag");
    }

    @Test
    void anUndocumentedStatusIsRejected() throws IOException {
        List<String> violations = checker.violations(create(i -> i.with("response").put("status", 200)));

        assertThat(String.join("\n", violations)).contains("validation.response.status.unknown");
    }

    @Test
    void anUnknownPathIsRejected() throws IOException {
        List<String> violations = checker.violations(create(
                i -> i.with("request").put("path", PICKUPS.replace("callPickups", "callPickup"))));

        assertThat(String.join("\n", violations)).contains("validation.request.path.missing");
    }

    @Test
    void anUndefinedQueryParameterIsRejected() throws IOException {
        List<String> violations = checker.violations(create(
                i -> i.with("request").putObject("query").putArray("dryRun").add("true")));

        assertThat(String.join("\n", violations)).contains("validation.request.parameter.query.unexpected")
                .contains("dryRun");
    }

    @Test
    void aValueOutsideAParameterSchemaIsRejected() throws IOException {
        List<String> violations = checker.violations(create(
                i -> i.with("request").putObject("query").putArray("orgId").add("not an id!")));

        assertThat(String.join("\n", violations)).contains("validation.request.parameter.schema.pattern")
                .contains("orgId");
    }

    /** A V4 pact with one create interaction that conforms, changed by {@code breakage}. */
    private Interaction create(Consumer<ObjectNode> breakage) throws IOException {
        ObjectNode interaction = (ObjectNode) JSON.readTree("""
                {
                  "type": "Synchronous/HTTP",
                  "description": "create a call pickup",
                  "providerStates": [{"name": "location has no call pickups"}],
                  "request": {
                    "method": "POST",
                    "path": "%s",
                    "headers": {"Authorization": ["Bearer token"], "Content-Type": ["application/json"]},
                    "body": {"contentType": "application/json", "encoded": false,
                             "content": {"name": "South Alaska-Group", "notificationType": "AUDIO_ONLY",
                                         "notificationDelayTimerSeconds": 20}}
                  },
                  "response": {
                    "status": 201,
                    "headers": {"Content-Type": ["application/json"]},
                    "body": {"contentType": "application/json", "encoded": false,
                             "content": {"id": "Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNEST0"}}
                  }
                }
                """.formatted(PICKUPS));
        breakage.accept(interaction);
        ObjectNode pact = JSON.createObjectNode();
        pact.putObject("consumer").put("name", "checker-test");
        pact.putObject("provider").put("name", "checker-test-provider");
        pact.putArray("interactions").add(interaction);
        pact.putObject("metadata").putObject("pactSpecification").put("version", "4.0");
        Path file = dir.resolve("pact.json");
        Files.writeString(file, JSON.writeValueAsString(pact));
        Pact read = PactFiles.read(file);
        assertThat(read.getInteractions()).hasSize(1);
        return read.getInteractions().get(0);
    }

    private static ObjectNode requestBody(ObjectNode interaction) {
        return (ObjectNode) interaction.with("request").with("body").get("content");
    }
}
