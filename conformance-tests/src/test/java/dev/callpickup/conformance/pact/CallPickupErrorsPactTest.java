package dev.callpickup.conformance.pact;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.callpickup.conformance.pact.Interactions.client;
import static dev.callpickup.conformance.pact.Interactions.json;
import static dev.callpickup.conformance.pact.Interactions.standardHeaders;
import static dev.callpickup.conformance.pact.PactContract.CONSUMER;
import static dev.callpickup.conformance.pact.PactContract.EXAMPLE_PICKUP_ID;
import static dev.callpickup.conformance.pact.PactContract.LOCATION_ID;
import static dev.callpickup.conformance.pact.PactContract.NO_PICKUPS;
import static dev.callpickup.conformance.pact.PactContract.OLD_PICKUP_ID_KEY;
import static dev.callpickup.conformance.pact.PactContract.PICKUPS_PATH;
import static dev.callpickup.conformance.pact.PactContract.PICKUP_NAME;
import static dev.callpickup.conformance.pact.PactContract.PROVIDER;
import static dev.callpickup.conformance.pact.PactContract.RATE_LIMITED;
import static dev.callpickup.conformance.pact.PactContract.RENAMED;
import static dev.callpickup.conformance.pact.PactContract.TWO_PICKUPS;
import static dev.callpickup.conformance.pact.PactContract.UNKNOWN_AGENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.callpickup.client.errors.BadRequestException;
import dev.callpickup.client.errors.ConflictException;
import dev.callpickup.client.errors.NotFoundException;
import dev.callpickup.client.errors.RateLimitedException;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.NotificationType;
import dev.callpickup.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer contracts for the error cases the client must map to typed exceptions: a request the client
 * lets through but the server refuses (400), an ID that a rename replaced (404), a duplicate name (409)
 * and rate limiting (429 with {@code Retry-After}).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class CallPickupErrorsPactTest {

    /** Webex's error body, matched by type: its texts and codes are Webex's to choose. */
    private static DslPart webexError(String message) {
        return newJsonBody(o -> {
            o.stringType("message", message);
            o.eachLike("errors", e -> e.stringType("description", message));
            o.stringType("trackingId", "ROUTER_6542A1B2-56F8-01BB-0A1C-AC1E4A2B6C21");
        }).build();
    }

    /** The create both refused creates send: a name and the client's defaults. */
    private static CreateCallPickupRequest createRequest() {
        return new CreateCallPickupRequest()
                .name(PICKUP_NAME)
                .notificationType(NotificationType.NONE)
                .notificationDelayTimerSeconds(6);
    }

    /** {@link #createRequest()} as the provider receives it, plus the given agents. */
    private static DslPart createBody(String... agents) {
        return newJsonBody(o -> {
            o.stringValue("name", PICKUP_NAME);
            o.stringValue("notificationType", "NONE");
            o.numberValue("notificationDelayTimerSeconds", 6);
            if (agents.length > 0) {
                o.array("agents", a -> {
                    for (String agent : agents) {
                        a.stringValue(agent);
                    }
                });
            }
        }).build();
    }

    @Pact(consumer = CONSUMER)
    V4Pact createWithUnknownAgent(PactDslWithProvider builder) {
        return json(standardHeaders(builder
                .given(NO_PICKUPS)
                .uponReceiving("create a call pickup with an agent the location does not have")
                .method("POST")
                .path(PICKUPS_PATH))
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(createBody(UNKNOWN_AGENT_ID))
                .willRespondWith()
                .status(400))
                .body(webexError("agents: '" + UNKNOWN_AGENT_ID + "' is not a person, workspace or virtual line."))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createWithUnknownAgent")
    void unknownAgentIsABadRequest(MockServer mockServer) {
        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> client(mockServer).createCallPickup(LOCATION_ID,
                        createRequest().agents(List.of(UNKNOWN_AGENT_ID))));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.webexMessage()).contains(UNKNOWN_AGENT_ID);
        assertThat(e.trackingId()).isEqualTo("ROUTER_6542A1B2-56F8-01BB-0A1C-AC1E4A2B6C21");
    }

    @Pact(consumer = CONSUMER)
    V4Pact getByIdReplacedByRename(PactDslWithProvider builder) {
        return json(standardHeaders(builder
                .given(RENAMED)
                .uponReceiving("get a call pickup by the ID it had before a rename")
                .method("GET")
                .pathFromProviderState(PICKUPS_PATH + "/${" + OLD_PICKUP_ID_KEY + "}",
                        PICKUPS_PATH + "/" + EXAMPLE_PICKUP_ID))
                .willRespondWith()
                .status(404))
                .body(webexError("Call Pickup not found."))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getByIdReplacedByRename")
    void oldIdAfterRenameIsNotFound(MockServer mockServer) {
        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> client(mockServer).getCallPickup(LOCATION_ID, EXAMPLE_PICKUP_ID));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.webexMessage()).isEqualTo("Call Pickup not found.");
    }

    @Pact(consumer = CONSUMER)
    V4Pact createWithDuplicateName(PactDslWithProvider builder) {
        return json(standardHeaders(builder
                .given(TWO_PICKUPS)
                .uponReceiving("create a call pickup with a name the location already uses")
                .method("POST")
                .path(PICKUPS_PATH))
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(createBody())
                .willRespondWith()
                .status(409))
                .body(webexError("Call Pickup name '" + PICKUP_NAME + "' already exists in this location."))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createWithDuplicateName")
    void duplicateNameIsAConflict(MockServer mockServer) {
        ConflictException e = catchThrowableOfType(ConflictException.class,
                () -> client(mockServer).createCallPickup(LOCATION_ID, createRequest()));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.webexMessage()).contains(PICKUP_NAME);
    }

    @Pact(consumer = CONSUMER)
    V4Pact rateLimited(PactDslWithProvider builder) {
        return json(standardHeaders(builder
                .given(RATE_LIMITED)
                .uponReceiving("list call pickups while rate limited")
                .method("GET")
                .path(PICKUPS_PATH)
                .query("start=0")
                .matchQuery("max", "[1-9][0-9]*", "100"))
                .willRespondWith()
                .status(429)
                .matchHeader("Retry-After", "\\d+", "2"))
                .body(newJsonBody(o -> o.stringType("message",
                        "Too many requests. Retry after the time given by Retry-After.")).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rateLimited")
    void rateLimitIsHonouredThenReportedWithRetryAfter(MockServer mockServer) {
        // Two attempts, and a sleeper that records instead of waiting: fast, and shows the wait asked for.
        List<Duration> waits = new CopyOnWriteArrayList<>();
        RetryPolicy twoAttempts = RetryPolicy.builder().maxAttempts(2).maxWait(Duration.ofSeconds(10))
                .sleeper(waits::add).build();

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> client(mockServer, twoAttempts).listCallPickups(LOCATION_ID).iterator().hasNext());

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.retryAfter()).contains("2");
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }
}
