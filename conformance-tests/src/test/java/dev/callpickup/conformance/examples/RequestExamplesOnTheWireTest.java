package dev.callpickup.conformance.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import dev.callpickup.client.retry.RetryPolicy;
import dev.callpickup.conformance.contract.Contract;
import dev.callpickup.conformance.contract.DocumentedExample;
import dev.callpickup.conformance.contract.DocumentedExamples;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every request body example of the contract, the real client, called with the equivalent values,
 * sends exactly that JSON: nothing added (no defaults, no nulls), nothing dropped, nothing renamed. The
 * wire is captured by a loopback WireMock server.
 */
class RequestExamplesOnTheWireTest {

    private static final OpenAPI API = Contract.get().openApi();
    private static final List<DocumentedExample> REQUEST_EXAMPLES = DocumentedExamples.all(API).stream()
            .filter(DocumentedExample::isRequest)
            .toList();
    /** Path values come from the contract's own parameter examples. */
    private static final String LOCATION_ID = (String) API.getComponents().getParameters().get("LocationId").getExample();
    private static final String CALL_PICKUP_ID =
            (String) API.getComponents().getParameters().get("CallPickupId").getExample();

    private static WireMockServer server;
    private static CallPickupClient client;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        client = CallPickupClient.builder()
                .baseUrl("http://127.0.0.1:" + server.port() + "/v1")
                .token("wire-test-token")
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    /** Forgets earlier requests; dynamic tests share one server, so each one starts with this. */
    private static void answerEveryRequestWithAnId() {
        server.resetAll();
        // The statuses the contract documents for a create and an update.
        server.stubFor(post(anyUrl()).willReturn(idResponse(201)));
        server.stubFor(put(anyUrl()).willReturn(idResponse(200)));
    }

    private static ResponseDefinitionBuilder idResponse(int status) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + CALL_PICKUP_ID + "\"}");
    }

    @Test
    void theContractHasRequestExamples() {
        assertThat(REQUEST_EXAMPLES).extracting(DocumentedExample::operationId)
                .contains("createCallPickup", "updateCallPickup");
    }

    @TestFactory
    Stream<DynamicTest> theClientSendsEveryRequestExampleVerbatim() {
        return REQUEST_EXAMPLES.stream().map(example -> dynamicTest(example.label(), () -> {
            answerEveryRequestWithAnId();
            send(example);

            List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
            assertThat(requests).as("requests sent for %s", example.label()).hasSize(1);
            LoggedRequest sent = requests.get(0);
            assertThat(sent.getMethod().getName()).isEqualTo(example.method());
            assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
            JsonNode body = StrictJson.MAPPER.readTree(sent.getBodyAsString());
            assertThat(body).as("body the client sent for %s", example.label()).isEqualTo(example.value());
        }));
    }

    /** Calls the client operation that the example documents, with the example's values. */
    private static void send(DocumentedExample example) throws Exception {
        switch (example.operationId()) {
            case "createCallPickup" -> client.createCallPickup(LOCATION_ID,
                    StrictJson.MAPPER.treeToValue(example.value(), CreateCallPickupRequest.class));
            case "updateCallPickup" -> client.updateCallPickup(LOCATION_ID, CALL_PICKUP_ID,
                    StrictJson.MAPPER.treeToValue(example.value(), UpdateCallPickupRequest.class));
            default -> throw new AssertionError("no client call is known for operation " + example.operationId()
                    + "; teach " + RequestExamplesOnTheWireTest.class.getSimpleName() + " how to send its body");
        }
    }
}
