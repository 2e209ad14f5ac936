package dev.callpickup.client;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.client.model.AgentType;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.NotificationType;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The six operations: what goes over the wire and what the caller gets back. */
class OperationsTest extends WireMockSupport {

  @Test
  void createSendsBodyHeadersAndReturnsTheNewId() {
    server.stubFor(post(urlPathEqualTo(BASE_PATH))
        .willReturn(okJson("{\"id\":\"NEWID\"}").withStatus(201)));

    String id = client.createCallPickup(LOC, new CreateCallPickupRequest().name("South Alaska")
        .notificationType(NotificationType.AUDIO_ONLY).agents(List.of("QUdFTlQx")));

    assertThat(id).isEqualTo("NEWID");
    server.verify(postRequestedFor(urlEqualTo(BASE_PATH))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Content-Type", containing("application/json"))
        .withHeader("TrackingID", matching("CALLPICKUP_[0-9a-f-]{36}"))
        .withHeader("User-Agent", matching("call-pickup-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? .*"))
        .withRequestBody(equalToJson("{\"name\":\"South Alaska\",\"notificationType\":\"AUDIO_ONLY\","
            + "\"notificationDelayTimerSeconds\":6,\"agents\":[\"QUdFTlQx\"]}")));
  }

  @Test
  void renameOnlyUpdateSendsExactlyTheNameAndReturnsTheNewId() {
    server.stubFor(put(urlPathEqualTo(BASE_PATH + "/" + CP))
        .willReturn(okJson("{\"id\":\"RENAMEDID\"}")));

    String newId = client.updateCallPickup(LOC, CP, new UpdateCallPickupRequest().name("East"));

    assertThat(newId).isEqualTo("RENAMEDID");
    assertThat(requests()).singleElement()
        .satisfies(r -> assertThat(r.getBodyAsString()).isEqualTo("{\"name\":\"East\"}"));
  }

  @Test
  void getReadsUnknownFieldsUnknownEnumsAndStringBooleans() {
    server.stubFor(get(urlEqualTo(BASE_PATH + "/" + CP)).willReturn(okJson("""
        {"id":"X","name":"N","notificationType":"PAGER_ONLY","brandNew":{"a":1},
         "agents":[{"id":"A","type":"ROBOT","numbers":[{"primary":"true"},{"primary":true},
                    {"primary":"false","extra":1}]}]}""")));

    CallPickup cp = client.getCallPickup(LOC, CP);

    assertThat(cp.getName()).isEqualTo("N");
    assertThat(cp.getNotificationType()).isEqualTo(NotificationType.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(cp.getAgents().get(0).getType()).isEqualTo(AgentType.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(cp.getAgents().get(0).getNumbers())
        .extracting(n -> n.getPrimary()).containsExactly(true, true, false);
  }

  @Test
  void deleteSendsDelete() {
    server.stubFor(delete(urlEqualTo(BASE_PATH + "/" + CP)).willReturn(noContent()));

    client.deleteCallPickup(LOC, CP);

    server.verify(1, deleteRequestedFor(urlEqualTo(BASE_PATH + "/" + CP)));
  }

  @Test
  void withOrgIdAddsTheQueryParameterToEveryRequest() {
    server.stubFor(delete(urlPathEqualTo(BASE_PATH + "/" + CP)).willReturn(noContent()));

    client.withOrgId("T1JHMQ").deleteCallPickup(LOC, CP);
    client.deleteCallPickup(LOC, CP);

    assertThat(requests()).extracting(r -> r.getUrl())
        .containsExactly(BASE_PATH + "/" + CP + "?orgId=T1JHMQ", BASE_PATH + "/" + CP);
  }
}
