package dev.callpickup.sandbox;

import static dev.callpickup.sandbox.Api.CALL_PICKUP_2;
import static dev.callpickup.sandbox.Api.DAVID;
import static dev.callpickup.sandbox.Api.FRONT_DESK;
import static dev.callpickup.sandbox.Api.JOHN;
import static dev.callpickup.sandbox.Api.LOBBY;
import static dev.callpickup.sandbox.Api.LOCATION;
import static dev.callpickup.sandbox.Api.SARAH;
import static dev.callpickup.sandbox.Api.pickup;
import static dev.callpickup.sandbox.Api.pickups;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.callpickup.sandbox.junit.SandboxExtension;
import dev.callpickup.sandbox.state.Seed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Create, read, update, rename and delete, with Webex's rules and error bodies. */
class CallPickupLifecycleTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private Api api;

    @BeforeEach
    void freshState() {
        SANDBOX.sandbox().reset();
        api = new Api(SANDBOX.sandbox());
    }

    @Test
    void createWithOnlyANameUsesWebexDefaults() {
        String id = api.create(LOCATION, "Night Shift");

        JsonNode pickup = api.get(pickup(LOCATION, id)).json();
        assertThat(pickup.get("name").asText()).isEqualTo("Night Shift");
        assertThat(pickup.get("notificationType").asText()).isEqualTo("NONE");
        assertThat(pickup.get("notificationDelayTimerSeconds").asInt()).isEqualTo(6);
        assertThat(pickup.get("agents")).isEmpty();
    }

    @Test
    void idIsBase64OfTheCiscoSparkUriOfTheBase64Name() {
        String id = api.create(LOCATION, "Night Shift");

        String uri = new String(Base64.getDecoder().decode(id), StandardCharsets.UTF_8);
        assertThat(uri).isEqualTo("ciscospark://us/CALL_PICKUP/"
                + Base64.getEncoder().encodeToString("Night Shift".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readReturnsEverySentPropertyAndTheAgentsInFull() {
        Api.Reply created = api.post(pickups(LOCATION), "{\"name\":\"Desk\",\"notificationType\":\"AUDIO_ONLY\","
                + "\"notificationDelayTimerSeconds\":20,\"agents\":[\"" + SARAH + "\",\"" + FRONT_DESK + "\"]}");
        assertThat(created.status()).isEqualTo(201);

        JsonNode pickup = api.get(pickup(LOCATION, created.json().get("id").asText())).json();
        assertThat(pickup.get("notificationType").asText()).isEqualTo("AUDIO_ONLY");
        assertThat(pickup.get("notificationDelayTimerSeconds").asInt()).isEqualTo(20);
        assertThat(pickup.get("agents")).hasSize(2);
        JsonNode sarah = pickup.get("agents").get(0);
        assertThat(sarah.get("id").asText()).isEqualTo(SARAH);
        assertThat(sarah.get("type").asText()).isEqualTo("PEOPLE");
        assertThat(sarah.get("firstName").asText()).isEqualTo("Sarah");
        assertThat(sarah.get("numbers").get(0).get("esn").asText()).isEqualTo("12348085");
        JsonNode line = pickup.get("agents").get(1);
        assertThat(line.get("type").asText()).isEqualTo("VIRTUAL_LINE");
        assertThat(line.has("email")).as("virtual lines have no email").isFalse();
    }

    @Test
    void updateChangesOnlyTheFieldsSent() {
        String id = api.create(LOCATION, "Desk", SARAH);

        Api.Reply updated = api.put(pickup(LOCATION, id), "{\"notificationDelayTimerSeconds\":30}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("id").asText()).as("no rename, same ID").isEqualTo(id);
        JsonNode pickup = api.get(pickup(LOCATION, id)).json();
        assertThat(pickup.get("notificationDelayTimerSeconds").asInt()).isEqualTo(30);
        assertThat(pickup.get("notificationType").asText()).isEqualTo("NONE");
        assertThat(pickup.get("agents")).extracting(a -> a.get("id").asText()).containsExactly(SARAH);
    }

    @Test
    void updateWithAgentsReplacesTheWholeList() {
        String id = api.create(LOCATION, "Desk", SARAH, LOBBY);

        api.put(pickup(LOCATION, id), "{\"agents\":[\"" + DAVID + "\"]}");

        assertThat(api.get(pickup(LOCATION, id)).json().get("agents"))
                .extracting(a -> a.get("id").asText()).containsExactly(DAVID);
        assertThat(api.get(pickups(LOCATION) + "/availableUsers").json().get("agents"))
                .extracting(a -> a.get("id").asText()).contains(SARAH, LOBBY).doesNotContain(DAVID);
    }

    @Test
    void renameChangesTheIdAndTheOldIdThenAnswers404() {
        String oldId = api.create(LOCATION, "Desk", SARAH);

        Api.Reply renamed = api.put(pickup(LOCATION, oldId), "{\"name\":\"Front Office\"}");

        String newId = renamed.json().get("id").asText();
        assertThat(newId).isNotEqualTo(oldId);
        JsonNode pickup = api.get(pickup(LOCATION, newId)).json();
        assertThat(pickup.get("name").asText()).isEqualTo("Front Office");
        assertThat(pickup.get("agents")).extracting(a -> a.get("id").asText()).containsExactly(SARAH);
        Api.Reply old = api.get(pickup(LOCATION, oldId)).assertWebexError(404);
        assertThat(old.json().get("errors").get(0).get("errorCode").asInt()).isEqualTo(4008);
    }

    @Test
    void deleteAnswers204ThenTheIdIsGoneAndTheAgentsAreFree() {
        String id = api.create(LOCATION, "Desk", SARAH);

        Api.Reply deleted = api.delete(pickup(LOCATION, id));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        api.get(pickup(LOCATION, id)).assertWebexError(404);
        api.delete(pickup(LOCATION, id)).assertWebexError(404);
        api.create(LOCATION, "Another", SARAH);
    }

    @Test
    void duplicateNameInTheSameLocationAnswers409() {
        api.create(LOCATION, "Desk");

        Api.Reply duplicate = api.post(pickups(LOCATION), "{\"name\":\"Desk\"}").assertWebexError(409);

        assertThat(duplicate.json().get("errors").get(0).get("errorCode").asInt()).isEqualTo(4470);
        assertThat(duplicate.json().get("message").asText()).contains("Desk");
    }

    @Test
    void renameOntoAnExistingNameAnswers409AndChangesNothing() {
        String id = api.create(LOCATION, "Desk");

        api.put(pickup(LOCATION, id), "{\"name\":\"callPickup2\"}").assertWebexError(409);

        assertThat(api.get(pickup(LOCATION, id)).json().get("name").asText()).isEqualTo("Desk");
        assertThat(api.get(pickup(LOCATION, CALL_PICKUP_2)).json().get("name").asText()).isEqualTo("callPickup2");
    }

    @Test
    void theSameNameInAnotherLocationIsFine() {
        api.create(LOCATION, "Desk");
        api.create(Api.ALASKA, "Desk");
    }

    @Test
    void agentAlreadyInAnotherPickupAnswers409WithAnErrorCode() {
        Api.Reply conflict = api.post(pickups(LOCATION), "{\"name\":\"Desk\",\"agents\":[\"" + JOHN + "\"]}")
                .assertWebexError(409);

        JsonNode error = conflict.json().get("errors").get(0);
        assertThat(error.get("errorCode").asInt()).isEqualTo(4471);
        assertThat(error.get("description").asText()).contains(JOHN).contains("callPickup2");
        assertThat(api.get(pickups(LOCATION) + "?name=Desk").json().get("callPickups")).isEmpty();
    }

    @Test
    void updateMayKeepItsOwnAgentsButNotTakeAnotherPickupsAgent() {
        Api.Reply same = api.put(pickup(LOCATION, CALL_PICKUP_2), "{\"agents\":[\"" + JOHN + "\"]}");
        assertThat(same.status()).isEqualTo(200);

        String id = api.create(LOCATION, "Desk");
        api.put(pickup(LOCATION, id), "{\"agents\":[\"" + JOHN + "\"]}").assertWebexError(409);
    }

    @Test
    void unknownAgentAnswers400NamingIt() {
        String stranger = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9ub2JvZHk";

        Api.Reply reply = api.post(pickups(LOCATION), "{\"name\":\"Desk\",\"agents\":[\"" + stranger + "\"]}")
                .assertWebexError(400);

        assertThat(reply.json().get("message").asText()).contains(stranger).contains("agents");
    }

    @Test
    void anAgentOfAnotherLocationIsUnknownHere() {
        String alaskaAgent = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS85ZTFmYTBjOC04Yzk5LTRlZGQtOWM5MC1iZGExZTJmNDVhMDk";

        api.post(pickups(LOCATION), "{\"name\":\"Desk\",\"agents\":[\"" + alaskaAgent + "\"]}").assertWebexError(400);
    }

    @Test
    void unknownLocationAnswers404ForEveryOperation() {
        String nowhere = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL25vd2hlcmU";

        api.get(pickups(nowhere)).assertWebexError(404);
        api.post(pickups(nowhere), "{\"name\":\"Desk\"}").assertWebexError(404);
        api.get(pickups(nowhere) + "/availableUsers").assertWebexError(404);
        api.get(pickup(nowhere, CALL_PICKUP_2)).assertWebexError(404);
        api.put(pickup(nowhere, CALL_PICKUP_2), "{\"name\":\"Desk\"}").assertWebexError(404);
        api.delete(pickup(nowhere, CALL_PICKUP_2)).assertWebexError(404);
    }

    @Test
    void percentEncodedIdsAreDecodedPerSegment() {
        StringBuilder everyCharEncoded = new StringBuilder();
        for (char c : CALL_PICKUP_2.toCharArray()) {
            everyCharEncoded.append(String.format("%%%02X", (int) c));
        }

        assertThat(api.get(pickup(LOCATION, everyCharEncoded.toString())).json().get("name").asText())
                .isEqualTo("callPickup2");
    }

    @Test
    void anIdHoldingSlashPlusAndEqualsIsOneSegmentWhenEncoded() throws Exception {
        // Pickup IDs are base64 of ASCII, so never hold '/' or '+'; other Webex IDs can, like this location's.
        String odd = "Y2lz/Y29+zcGFy=";
        Seed seed = Seed.read(new java.io.ByteArrayInputStream(("{\"locations\":[{\"id\":\"" + odd
                + "\",\"name\":\"Odd\"}]}").getBytes(StandardCharsets.UTF_8)));
        try (Sandbox sandbox = Sandbox.builder().seed(seed).build().start()) {
            Api oddApi = new Api(sandbox);
            String encoded = "Y2lz%2FY29%2BzcGFy%3D";

            String id = oddApi.create(encoded, "Desk");

            JsonNode list = oddApi.get(pickups(encoded)).json();
            assertThat(list.get("callPickups").get(0).get("locationId").asText()).isEqualTo(odd);
            assertThat(oddApi.get(pickup(encoded, id)).status()).isEqualTo(200);
            // Unencoded, the slash splits the path: no such resource.
            oddApi.get(pickups(odd)).assertWebexError(404);
        }
    }

    @Test
    void availableUsersIsRoutedBeforeTheIdTemplate() {
        Api.Reply reply = api.get(pickups(LOCATION) + "/availableUsers");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().has("agents")).isTrue();
    }

    @Test
    void trackingIdSentIsEchoed() {
        Api.Reply reply = api.send("GET", pickups(LOCATION), java.net.http.HttpRequest.BodyPublishers.noBody(),
                SANDBOX.token(), null, java.util.Map.of("TrackingID", "CALLPICKUP_test-123"));

        assertThat(reply.header("trackingid")).isEqualTo("CALLPICKUP_test-123");
    }
}
