package dev.callpickup.conformance.provider;

import static dev.callpickup.conformance.pact.PactContract.AGENT_IDS;
import static dev.callpickup.conformance.pact.PactContract.LOCATION_ID;
import static dev.callpickup.conformance.pact.PactContract.NEW_PICKUP_NAME;
import static dev.callpickup.conformance.pact.PactContract.NO_PICKUPS;
import static dev.callpickup.conformance.pact.PactContract.OLD_PICKUP_ID_KEY;
import static dev.callpickup.conformance.pact.PactContract.OTHER_PICKUP_NAME;
import static dev.callpickup.conformance.pact.PactContract.PICKUP_ID_KEY;
import static dev.callpickup.conformance.pact.PactContract.PICKUP_NAME;
import static dev.callpickup.conformance.pact.PactContract.PROVIDER;
import static dev.callpickup.conformance.pact.PactContract.RATE_LIMITED;
import static dev.callpickup.conformance.pact.PactContract.RENAMED;
import static dev.callpickup.conformance.pact.PactContract.TWO_PICKUPS;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.NotificationType;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import dev.callpickup.client.retry.RetryPolicy;
import dev.callpickup.sandbox.Faults;
import dev.callpickup.sandbox.Sandbox;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the pact files the consumer tests wrote against a running sandbox: the contract the client
 * relies on can be honoured by a server that follows the spec. State handlers seed each interaction's
 * data through the API itself (reset, then create as needed) and hand the IDs they produced to the
 * verifier, which puts them into the request paths. Runs after the consumer tests; with no pact file,
 * Pact JVM fails the class.
 */
@Provider(PROVIDER)
// Where the consumer tests wrote them (Surefire sets pact.rootDir), like the spec check reads them.
@PactFolder("${pact.rootDir:target/pacts}")
class PactFilesAgainstSandboxTest {

    private static Sandbox sandbox;
    /** A second sandbox that answers every request with 429, for the rate-limit interaction. */
    private static Sandbox rateLimitedSandbox;
    private static CallPickupClient seeder;

    @BeforeAll
    static void startSandboxes() {
        sandbox = Sandbox.builder().port(0).build().start();
        // Retry-After 1: the verifier's HTTP client waits that long once before it reports the 429.
        rateLimitedSandbox = Sandbox.builder().port(0).faults(Faults.rateLimitEvery(1, "1")).build().start();
        seeder = CallPickupClient.builder()
                .baseUrl(sandbox.baseUrl())
                .token(sandbox.token())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterAll
    static void stopSandboxes() {
        rateLimitedSandbox.close();
        sandbox.close();
    }

    @BeforeEach
    void pointAtTheSandboxTheStateNeeds(PactVerificationContext context) {
        boolean limited = context.getInteraction().getProviderStates().stream()
                .anyMatch(state -> RATE_LIMITED.equals(state.getName()));
        Sandbox target = limited ? rateLimitedSandbox : sandbox;
        context.setTarget(new HttpTestTarget("127.0.0.1", target.port(), "/"));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, HttpRequest request) {
        // The pacts carry a placeholder token; the sandbox accepts only its own.
        request.setHeader("Authorization", "Bearer " + sandbox.token());
        context.verifyInteraction();
    }

    @State(NO_PICKUPS)
    void locationWithoutPickups() {
        sandbox.reset();
        for (CallPickupSummary pickup : seeder.listCallPickups(LOCATION_ID).stream().toList()) {
            seeder.deleteCallPickup(LOCATION_ID, pickup.getId());
        }
    }

    @State(TWO_PICKUPS)
    Map<String, Object> locationWithTwoPickups() {
        locationWithoutPickups();
        String id = seeder.createCallPickup(LOCATION_ID, new CreateCallPickupRequest()
                .name(PICKUP_NAME)
                .notificationType(NotificationType.AUDIO_ONLY)
                .notificationDelayTimerSeconds(20)
                .agents(AGENT_IDS));
        seeder.createCallPickup(LOCATION_ID, new CreateCallPickupRequest().name(OTHER_PICKUP_NAME));
        return Map.of(PICKUP_ID_KEY, id);
    }

    @State(RENAMED)
    Map<String, Object> pickupRenamed() {
        locationWithoutPickups();
        String oldId = seeder.createCallPickup(LOCATION_ID, new CreateCallPickupRequest().name(PICKUP_NAME));
        String newId = seeder.updateCallPickup(LOCATION_ID, oldId, new UpdateCallPickupRequest().name(NEW_PICKUP_NAME));
        if (newId.equals(oldId)) {
            throw new IllegalStateException("the sandbox kept the ID across a rename; state '" + RENAMED + "' needs a new one");
        }
        return Map.of(OLD_PICKUP_ID_KEY, oldId);
    }

    @State(RATE_LIMITED)
    void rateLimited() {
        // Served by rateLimitedSandbox (see pointAtTheSandboxTheStateNeeds); it has nothing to seed.
    }

}
