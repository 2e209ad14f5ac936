package dev.callpickup.conformance.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.retry.RetryPolicy;

/** Small helpers the consumer pact tests share, so every interaction states its headers the same way. */
final class Interactions {

    /** Token the consumer tests use; the provider side replaces it with the sandbox's. */
    static final String TOKEN = "pact-consumer-token";

    private Interactions() {
    }

    /** Headers every request carries: a bearer token and a tracking ID of the contract's shape. */
    static PactDslRequestWithPath standardHeaders(PactDslRequestWithPath request) {
        return request
                .matchHeader("Authorization", "Bearer \\S+", "Bearer " + TOKEN)
                .matchHeader("TrackingID", "[\\x21-\\x7E]{1,256}", "CALLPICKUP_4f0c5a2e-1b7d-4a35-9a59-6f7d0e2b9c11");
    }

    /** A JSON response: any {@code application/json} content type, with or without parameters. */
    static PactDslResponse json(PactDslResponse response) {
        return response.matchHeader("Content-Type", "application/json.*", "application/json");
    }

    /** The real client, pointed at the Pact mock server; no retries unless a test asks for them. */
    static CallPickupClient client(MockServer mockServer) {
        return client(mockServer, RetryPolicy.none());
    }

    /** The real client with the given retry policy, pointed at the Pact mock server. */
    static CallPickupClient client(MockServer mockServer, RetryPolicy retryPolicy) {
        return CallPickupClient.builder()
                .baseUrl(mockServer.getUrl() + PactContract.BASE_PATH)
                .token(TOKEN)
                .retryPolicy(retryPolicy)
                .build();
    }
}
