package dev.callpickup.sandbox;

import static dev.callpickup.sandbox.Api.pickups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default seed, a seed file that replaces it, the rules a seed must keep, and reset. */
class SeedTest {
    private static final String AGENT = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hYmM";

    @Test
    void defaultSeedHoldsTheExampleLocationsAndRealisticAgents() {
        try (Sandbox sandbox = Sandbox.builder().build().start()) {
            Api api = new Api(sandbox);

            JsonNode alaska = api.get(pickups(Api.ALASKA)).json().get("callPickups");
            assertThat(alaska.get(0).get("locationName").asText()).isEqualTo("Alaska");
            JsonNode agents = api.get(pickups(Api.LOCATION) + "/availableUsers").json().get("agents");
            assertThat(agents).extracting(a -> a.get("type").asText()).contains("PEOPLE", "PLACE", "VIRTUAL_LINE");
            assertThat(agents).allSatisfy(a -> {
                assertThat(a.get("firstName").asText()).isNotBlank();
                assertThat(a.get("numbers")).isNotEmpty();
            });
            assertThat(api.get(Api.pickup(Api.LOCATION, Api.CALL_PICKUP_2)).json().get("name").asText())
                    .isEqualTo("callPickup2");
        }
    }

    @Test
    void aSeedFileReplacesTheDefaultSeed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, """
                {"locations": [{"id": "TE9DQVRJT04vMQ", "name": "Test Town", "routingPrefix": "77",
                  "agents": [{"id": "%s", "type": "PEOPLE", "firstName": "Ann", "lastName": "Lee",
                              "numbers": [{"external": "+15550001", "extension": "100", "primary": true}]}],
                  "callPickups": [{"name": "Only Group", "agents": ["%s"]}]}]}
                """.formatted(AGENT, AGENT));

        try (Sandbox sandbox = Sandbox.builder().seed(file).build().start()) {
            Api api = new Api(sandbox);

            JsonNode list = api.get(pickups("TE9DQVRJT04vMQ")).json().get("callPickups");
            assertThat(list).hasSize(1);
            assertThat(list.get(0).get("name").asText()).isEqualTo("Only Group");
            JsonNode pickup = api.get(Api.pickup("TE9DQVRJT04vMQ", list.get(0).get("id").asText())).json();
            assertThat(pickup.get("notificationType").asText()).isEqualTo("NONE");
            assertThat(pickup.get("agents").get(0).get("numbers").get(0).get("esn").asText()).isEqualTo("77100");
            api.get(pickups(Api.LOCATION)).assertWebexError(404);
        }
    }

    @Test
    void aSeedThatBreaksARuleIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path twoPickupsOneAgent = dir.resolve("bad.json");
        Files.writeString(twoPickupsOneAgent, """
                {"locations": [{"id": "TE9D", "name": "Town",
                  "agents": [{"id": "%s", "type": "PEOPLE"}],
                  "callPickups": [{"name": "A", "agents": ["%s"]}, {"name": "B", "agents": ["%s"]}]}]}
                """.formatted(AGENT, AGENT, AGENT));
        Path unknownField = dir.resolve("typo.json");
        Files.writeString(unknownField, "{\"locatoins\": []}");

        assertThatThrownBy(() -> Sandbox.builder().seed(twoPickupsOneAgent).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already assigned");
        assertThatThrownBy(() -> Sandbox.builder().seed(unknownField).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("locatoins");
        assertThatThrownBy(() -> Sandbox.builder().seed(dir.resolve("missing.json")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.json");
    }

    @Test
    void resetReturnsToTheSeed() {
        try (Sandbox sandbox = Sandbox.builder().build().start()) {
            Api api = new Api(sandbox);
            api.create(Api.LOCATION, "Temporary", Api.SARAH);
            api.delete(Api.pickup(Api.LOCATION, Api.CALL_PICKUP_2));

            sandbox.reset();

            assertThat(api.get(pickups(Api.LOCATION) + "?name=Temporary").json().get("callPickups")).isEmpty();
            assertThat(api.get(Api.pickup(Api.LOCATION, Api.CALL_PICKUP_2)).status()).isEqualTo(200);
            api.create(Api.LOCATION, "Again", Api.SARAH);
        }
    }
}
