package dev.callpickup.conformance.pact;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.callpickup.conformance.pact.Interactions.client;
import static dev.callpickup.conformance.pact.Interactions.json;
import static dev.callpickup.conformance.pact.Interactions.standardHeaders;
import static dev.callpickup.conformance.pact.PactContract.AGENT_IDS;
import static dev.callpickup.conformance.pact.PactContract.CONSUMER;
import static dev.callpickup.conformance.pact.PactContract.EXAMPLE_PICKUP_ID;
import static dev.callpickup.conformance.pact.PactContract.LOCATION_ID;
import static dev.callpickup.conformance.pact.PactContract.NEW_PICKUP_NAME;
import static dev.callpickup.conformance.pact.PactContract.NO_PICKUPS;
import static dev.callpickup.conformance.pact.PactContract.PICKUPS_PATH;
import static dev.callpickup.conformance.pact.PactContract.PICKUP_ID_KEY;
import static dev.callpickup.conformance.pact.PactContract.PICKUP_NAME;
import static dev.callpickup.conformance.pact.PactContract.PROVIDER;
import static dev.callpickup.conformance.pact.PactContract.TWO_PICKUPS;
import static dev.callpickup.conformance.pact.PactContract.WEBEX_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.callpickup.client.ListCallPickupsOptions;
import dev.callpickup.client.model.Agent;
import dev.callpickup.client.model.AgentType;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.NotificationType;
import dev.callpickup.client.model.SortOrder;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer contracts for every operation on its success path, written by driving the real
 * {@code CallPickupClient} against Pact's mock server. Values Webex chooses (IDs, names it returns,
 * counts) are matched by type or pattern; what the client sends is matched exactly.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class CallPickupOperationsPactTest {

    private static final String PICKUP_PATH_EXPRESSION = PICKUPS_PATH + "/${" + PICKUP_ID_KEY + "}";
    private static final String PICKUP_PATH_EXAMPLE = PICKUPS_PATH + "/" + EXAMPLE_PICKUP_ID;

    @Pact(consumer = CONSUMER)
    V4Pact listCallPickups(PactDslWithProvider builder) {
        return json(standardHeaders(builder
                .given(TWO_PICKUPS)
                .uponReceiving("list the call pickups of a location whose name contains 'Alaska', ascending")
                .method("GET")
                .path(PICKUPS_PATH)
                .query("name=Alaska&order=ASC&max=50&start=0"))
                .willRespondWith()
                .status(200))
                .body(newJsonBody(o -> o.eachLike("callPickups", p -> {
                    p.stringMatcher("id", WEBEX_ID, EXAMPLE_PICKUP_ID);
                    p.stringType("name", PICKUP_NAME);
                    p.stringType("locationName", "Alaska");
                    p.stringMatcher("locationId", WEBEX_ID, LOCATION_ID);
                })).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listCallPickups")
    void listsCallPickups(MockServer mockServer) {
        List<CallPickupSummary> pickups = client(mockServer).listCallPickups(LOCATION_ID,
                ListCallPickupsOptions.builder().name("Alaska").order(SortOrder.ASC).pageSize(50).build())
                .stream().toList();

        assertThat(pickups).singleElement().satisfies(p -> {
            assertThat(p.getId()).isEqualTo(EXAMPLE_PICKUP_ID);
            assertThat(p.getName()).isEqualTo(PICKUP_NAME);
            assertThat(p.getLocationId()).isEqualTo(LOCATION_ID);
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact createCallPickup(PactDslWithProvider builder) {
        return json(standardHeaders(builder
                .given(NO_PICKUPS)
                .uponReceiving("create a call pickup with a person, a workspace and a virtual line")
                .method("POST")
                .path(PICKUPS_PATH))
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(newJsonBody(o -> {
                    o.stringValue("name", PICKUP_NAME);
                    o.stringValue("notificationType", "AUDIO_ONLY");
                    o.numberValue("notificationDelayTimerSeconds", 20);
                    o.array("agents", a -> AGENT_IDS.forEach(a::stringValue));
                }).build())
                .willRespondWith()
                .status(201))
                .body(newJsonBody(o -> o.stringMatcher("id", WEBEX_ID, EXAMPLE_PICKUP_ID)).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createCallPickup")
    void createsCallPickup(MockServer mockServer) {
        String id = client(mockServer).createCallPickup(LOCATION_ID, new CreateCallPickupRequest()
                .name(PICKUP_NAME)
                .notificationType(NotificationType.AUDIO_ONLY)
                .notificationDelayTimerSeconds(20)
                .agents(AGENT_IDS));

        assertThat(id).isEqualTo(EXAMPLE_PICKUP_ID);
    }

    @Pact(consumer = CONSUMER)
    V4Pact getCallPickup(PactDslWithProvider builder) {
        return json(standardHeaders(builder
                .given(TWO_PICKUPS)
                .uponReceiving("get the details of a call pickup")
                .method("GET")
                .pathFromProviderState(PICKUP_PATH_EXPRESSION, PICKUP_PATH_EXAMPLE))
                .willRespondWith()
                .status(200))
                .body(newJsonBody(o -> {
                    o.stringMatcher("id", WEBEX_ID, EXAMPLE_PICKUP_ID);
                    o.stringType("name", PICKUP_NAME);
                    o.stringType("notificationType", "AUDIO_ONLY");
                    o.integerType("notificationDelayTimerSeconds", 20);
                    o.eachLike("agents", a -> {
                        a.stringMatcher("id", WEBEX_ID, AGENT_IDS.get(0));
                        a.stringType("type", "PEOPLE");
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getCallPickup")
    void getsCallPickup(MockServer mockServer) {
        CallPickup pickup = client(mockServer).getCallPickup(LOCATION_ID, EXAMPLE_PICKUP_ID);

        assertThat(pickup.getId()).isEqualTo(EXAMPLE_PICKUP_ID);
        assertThat(pickup.getName()).isEqualTo(PICKUP_NAME);
        assertThat(pickup.getNotificationType()).isEqualTo(NotificationType.AUDIO_ONLY);
        assertThat(pickup.getNotificationDelayTimerSeconds()).isEqualTo(20);
        assertThat(pickup.getAgents()).extracting(Agent::getId, Agent::getType)
                .containsExactly(tuple(AGENT_IDS.get(0), AgentType.PEOPLE));
    }

    @Pact(consumer = CONSUMER)
    V4Pact renameCallPickup(PactDslWithProvider builder) {
        return json(standardHeaders(builder
                .given(TWO_PICKUPS)
                .uponReceiving("rename a call pickup")
                .method("PUT")
                .pathFromProviderState(PICKUP_PATH_EXPRESSION, PICKUP_PATH_EXAMPLE))
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(newJsonBody(o -> o.stringValue("name", NEW_PICKUP_NAME)).build())
                .willRespondWith()
                .status(200))
                .body(newJsonBody(o -> o.stringMatcher("id", WEBEX_ID,
                        "Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1JXRnpkQ0JCYkdGemEyRXRSM0p2ZFhBPQ")).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "renameCallPickup")
    void renamesCallPickupAndReturnsTheNewId(MockServer mockServer) {
        String newId = client(mockServer).updateCallPickup(LOCATION_ID, EXAMPLE_PICKUP_ID,
                new UpdateCallPickupRequest().name(NEW_PICKUP_NAME));

        assertThat(newId).isEqualTo("Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1JXRnpkQ0JCYkdGemEyRXRSM0p2ZFhBPQ");
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteCallPickup(PactDslWithProvider builder) {
        return standardHeaders(builder
                .given(TWO_PICKUPS)
                .uponReceiving("delete a call pickup")
                .method("DELETE")
                .pathFromProviderState(PICKUP_PATH_EXPRESSION, PICKUP_PATH_EXAMPLE))
                .willRespondWith()
                .status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deleteCallPickup")
    void deletesCallPickup(MockServer mockServer) {
        client(mockServer).deleteCallPickup(LOCATION_ID, EXAMPLE_PICKUP_ID);
        // Nothing to return; the mock server fails the test unless exactly this request arrived.
    }

    @Pact(consumer = CONSUMER)
    V4Pact listAvailableAgents(PactDslWithProvider builder) {
        return json(standardHeaders(builder
                .given(NO_PICKUPS)
                .uponReceiving("list the agents that can join a call pickup")
                .method("GET")
                .path(PICKUPS_PATH + "/availableUsers")
                .query("start=0")
                .matchQuery("max", "[1-9][0-9]*", "100"))
                .willRespondWith()
                .status(200))
                .body(newJsonBody(o -> o.eachLike("agents", a -> {
                    a.stringMatcher("id", WEBEX_ID, AGENT_IDS.get(0));
                    a.stringType("firstName", "Ronnie");
                    a.stringType("lastName", "Coleman");
                    a.stringType("displayName", "RColeman");
                    a.stringType("type", "PEOPLE");
                })).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listAvailableAgents")
    void listsAvailableAgents(MockServer mockServer) {
        List<Agent> agents = client(mockServer).listAvailableAgents(LOCATION_ID).stream().toList();

        assertThat(agents).singleElement().satisfies(a -> {
            assertThat(a.getId()).isEqualTo(AGENT_IDS.get(0));
            assertThat(a.getDisplayName()).isEqualTo("RColeman");
            assertThat(a.getType()).isEqualTo(AgentType.PEOPLE);
        });
    }
}
