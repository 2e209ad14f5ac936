package dev.callpickup.sandbox;

import static dev.callpickup.sandbox.Api.CALL_PICKUP_2;
import static dev.callpickup.sandbox.Api.LOCATION;
import static dev.callpickup.sandbox.Api.SARAH;
import static dev.callpickup.sandbox.Api.pickup;
import static dev.callpickup.sandbox.Api.pickups;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.sandbox.junit.SandboxExtension;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input gets a 4xx with a Webex error body naming the problem: never a 500, never a dropped
 * connection (the helper fails on both), and the sandbox keeps serving afterwards.
 */
class MalformedRequestTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private static final String LONG_NAME = "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn";
    private static final String LONG_NUMBER = "111111111111111111111111111111111";

    private Api api;

    @BeforeEach
    void freshState() {
        SANDBOX.sandbox().reset();
        api = new Api(SANDBOX.sandbox());
    }

    @AfterEach
    void stillServing() {
        assertThat(api.get(pickups(LOCATION)).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "not json", "{\"name\":\"x\"}}", "[]", "\"just a string\"", "null", "{"})
    void malformedOrNonObjectJsonAnswers400(String body) {
        api.post(pickups(LOCATION), body).assertWebexError(400);
        api.put(pickup(LOCATION, CALL_PICKUP_2), body).assertWebexError(400);
    }

    @Test
    void duplicateKeysAreRefused() {
        api.post(pickups(LOCATION), "{\"name\":\"a\",\"name\":\"b\"}").assertWebexError(400);
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "{\"name\":\"x\",\"agents\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        api.post(pickups(LOCATION), deep).assertWebexError(400);
    }

    @Test
    void wrongContentTypeAnswers415() {
        Api.Reply reply = api.send("POST", pickups(LOCATION), "{\"name\":\"Desk\"}", SANDBOX.token(), "text/plain")
                .assertWebexError(415);
        assertThat(reply.json().get("message").asText()).contains("application/json");
        api.send("PUT", pickup(LOCATION, CALL_PICKUP_2), "{\"name\":\"Desk\"}", SANDBOX.token(),
                "application/xml").assertWebexError(415);
    }

    @Test
    void missingContentTypeAnswers415() {
        api.send("POST", pickups(LOCATION), "{\"name\":\"Desk\"}", SANDBOX.token(), null).assertWebexError(415);
    }

    @Test
    void missingBodyAnswers400() {
        api.post(pickups(LOCATION), null).assertWebexError(400);
        api.put(pickup(LOCATION, CALL_PICKUP_2), null).assertWebexError(400);
    }

    @Test
    void overLongBodyAnswers400AndTheConnectionSurvives() {
        String huge = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";

        Api.Reply reply = api.post(pickups(LOCATION), huge).assertWebexError(400);

        assertThat(reply.json().get("message").asText()).contains("longer than");
    }

    @Test
    void schemaViolationsAnswer400NamingEachField() {
        Api.Reply reply = api.post(pickups(LOCATION), "{\"name\":\"" + "n".repeat(81) + "\","
                + "\"notificationType\":\"LOUD\",\"notificationDelayTimerSeconds\":0,\"extra\":true}")
                .assertWebexError(400);

        String message = reply.json().get("message").asText();
        assertThat(message).contains("/name").contains("/notificationType").contains("/notificationDelayTimerSeconds")
                .contains("extra");
        assertThat(reply.json().get("errors").size()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"name\":\"\"}", "{\"name\":\"   \"}", "{\"name\":\"tab\\there\"}",
            "{\"name\":null}", "{\"name\":42}", "{\"name\":\"x\",\"agents\":[\"a b\"]}",
            "{\"name\":\"x\",\"agents\":[{\"id\":\"abc\"}]}",
            "{\"name\":\"x\",\"agents\":[\"abc\",\"abc\"]}", "{\"name\":\"x\",\"notificationDelayTimerSeconds\":121}",
            "{\"name\":\"x\",\"notificationDelayTimerSeconds\":\"6\"}"})
    void createBodiesThatBreakTheContractAnswer400(String body) {
        api.post(pickups(LOCATION), body).assertWebexError(400);
    }

    @Test
    void unknownNotificationTypeOnUpdateAnswers400AndChangesNothing() {
        api.put(pickup(LOCATION, CALL_PICKUP_2), "{\"notificationType\":\"SMOKE_SIGNALS\",\"agents\":[\"" + SARAH
                + "\"]}").assertWebexError(400);

        assertThat(api.get(pickup(LOCATION, CALL_PICKUP_2)).json().get("notificationType").asText())
                .isEqualTo("VISUAL_ONLY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?max=0", "?max=-1", "?max=abc", "?start=-1", "?start=1.5", "?order=DESC",
            "?max=99999999999999999999", "?name=" + LONG_NAME})
    void invalidListQueriesAnswer400(String query) {
        api.get(pickups(LOCATION) + query).assertWebexError(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?order=first", "?order=lname%7Clname%7Clname%7Cfname", "?order=", "?max=0",
            "?phoneNumber=" + LONG_NUMBER})
    void invalidAvailableAgentQueriesAnswer400(String query) {
        api.get(pickups(LOCATION) + "/availableUsers" + query).assertWebexError(400);
    }

    @Test
    void invalidIdsAnswer400() {
        api.get(pickup(LOCATION, "has%20space")).assertWebexError(400);
        api.get(pickup(LOCATION, "%FF%FE")).assertWebexError(400);
    }

    @Test
    void wellFormedButUnknownIdsAnswer404() {
        api.get(pickup(LOCATION, "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9ub2JvZHk")).assertWebexError(404);
        api.get(pickup(LOCATION, "not-base64-at-all")).assertWebexError(404);
    }

    @Test
    void unknownPathsAnswer404AndWrongMethods405() {
        api.get("/telephony/config/locations/" + LOCATION + "/callParks").assertWebexError(404);
        api.get("/nothing").assertWebexError(404);
        api.get(pickup(LOCATION, CALL_PICKUP_2) + "/more").assertWebexError(404);
        Api.Reply patch = api.send("PATCH", pickup(LOCATION, CALL_PICKUP_2), "{}", SANDBOX.token(),
                "application/json").assertWebexError(405);
        assertThat(patch.header("Allow")).contains("GET").contains("PUT").contains("DELETE");
        api.send("DELETE", pickups(LOCATION), null, SANDBOX.token(), null).assertWebexError(405);
        Api.Reply head = api.send("HEAD", pickups(LOCATION), null, SANDBOX.token(), null);
        assertThat(head.status()).isEqualTo(405);
        assertThat(head.body()).isEmpty();
        api.send("POST", pickups(LOCATION) + "/availableUsers", "{}", SANDBOX.token(), "application/json")
                .assertWebexError(405);
    }

    @Test
    void invalidTrackingIdHeaderIsRefused() {
        api.send("GET", pickups(LOCATION), HttpRequest.BodyPublishers.noBody(), SANDBOX.token(), null,
                Map.of("TrackingID", "x".repeat(300))).assertWebexError(400);
    }

    @Test
    void unknownQueryParametersAreIgnoredLikeWebexDoes() {
        assertThat(api.get(pickups(LOCATION) + "?foo=bar").status()).isEqualTo(200);
    }

    @Test
    void orgIdIsValidatedAndAccepted() {
        assertThat(api.get(pickups(LOCATION) + "?orgId=Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFiYzJhYQ").status())
                .isEqualTo(200);
        api.get(pickups(LOCATION) + "?orgId=not%20an%20id").assertWebexError(400);
    }
}
