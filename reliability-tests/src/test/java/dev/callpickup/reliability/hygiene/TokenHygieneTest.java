package dev.callpickup.reliability.hygiene;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.LogLevel;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.reliability.logcapture.CapturedLogs;
import dev.callpickup.reliability.support.Clients;
import dev.callpickup.reliability.support.Clients.RecordingSleeper;
import dev.callpickup.reliability.support.FakeTokens;
import dev.callpickup.reliability.support.FaultServer;
import dev.callpickup.reliability.support.FaultServer.Op;
import dev.callpickup.reliability.support.Leaks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the most verbose logging, through every kind of outcome (success, each error status,
 * network faults, refused input), the fake token appears in no log line, no exception message or
 * stack trace and no {@code toString()}, although it was sent on every request.
 */
class TokenHygieneTest {

  @RegisterExtension
  static final WireMockExtension WM = FaultServer.extension();

  @BeforeEach
  void reset() {
    WM.resetAll();
  }

  static ResponseDefinitionBuilder error(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withHeader("Retry-After", "0").withHeader("trackingid", "ROUTER_HYGIENE")
        .withBody("{\"message\":\"status " + status + "\",\"errors\":[{\"description\":\"d\",\"errorCode\":1}]}");
  }

  @Test
  void theTokenIsSentButNeverShown() {
    int mark = CapturedLogs.size();
    List<Throwable> thrown = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    for (LogLevel level : LogLevel.values()) {
      CallPickupClient client = Clients.builder(WM.baseUrl() + "/v1").logLevel(level)
          .retryPolicy(Clients.fastPolicy().sleeper(new RecordingSleeper()).build()).build();
      results.add(client);
      results.add(client.withOrgId("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85Ng"));
      for (Op op : Op.values()) {
        List<ResponseDefinitionBuilder> answers = new ArrayList<>(List.of(op.success()));
        for (int s : new int[] {400, 401, 403, 404, 409, 418, 423, 429, 500, 502, 503}) {
          answers.add(error(s));
        }
        answers.add(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        answers.add(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>x</html>"));
        for (ResponseDefinitionBuilder answer : answers) {
          WM.resetAll();
          WM.stubFor(op.request().willReturn(answer));
          try {
            results.add(op.call(client));
          } catch (RuntimeException e) {
            thrown.add(e);
          }
        }
      }
      try {
        client.createCallPickup(Clients.LOCATION, new CreateCallPickupRequest().name("bad\nname"));
      } catch (RuntimeException e) {
        thrown.add(e);
      }
    }

    // The token was really on the wire, so a leak would have had every chance to show.
    WM.resetAll();
    WM.stubFor(Op.GET.request().willReturn(Op.GET.success()));
    Op.GET.call(Clients.fast(WM.baseUrl() + "/v1", new RecordingSleeper()));
    assertThat(WM.getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
        .isEqualTo("Bearer " + FakeTokens.CLIENT);

    List<String> lines = CapturedLogs.since(mark);
    assertThat(lines).as("the client's HTTP log was captured").anyMatch(l -> l.contains("dev.callpickup.client.http"));
    assertThat(lines).as("headers were logged at HEADERS/FULL").anyMatch(l -> l.contains("TrackingID:"));
    assertThat(thrown).as("failures produced").hasSizeGreaterThan(40);
    Leaks.assertNoToken("captured log lines", lines);
    thrown.forEach(Leaks::assertNoToken);
    results.forEach(r -> Leaks.assertNoToken("toString() of " + r.getClass().getName(), String.valueOf(r)));
    Leaks.assertNoToken("toString() of the builder", String.valueOf(Clients.builder(WM.baseUrl() + "/v1")));
    Leaks.assertNoToken("toString() of the retry policy", String.valueOf(Clients.fastPolicy().build()));
  }

  @Test
  void aSuppliedTokenIsNeverShownEither() {
    int mark = CapturedLogs.size();
    WM.stubFor(Op.GET.request().willReturn(error(401)));
    CallPickupClient client = Clients.builder(WM.baseUrl() + "/v1").tokenSupplier(() -> FakeTokens.CLIENT)
        .logLevel(LogLevel.FULL).build();

    Throwable thrown = null;
    try {
      Op.GET.call(client);
    } catch (RuntimeException e) {
      thrown = e;
    }

    assertThat(thrown).isNotNull();
    Leaks.assertNoToken(thrown);
    Leaks.assertNoToken("toString() of the client", client.toString());
    Leaks.assertNoToken("captured log lines", CapturedLogs.since(mark));
    assertThat(WM.getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
        .isEqualTo("Bearer " + FakeTokens.CLIENT);
  }

  /**
   * Some gateways echo request headers into their error pages. The client knows its token, so
   * what it logs or puts in an exception must not repeat it, even when the server does. A token
   * of its own keeps this case out of the report scan, which looks for the suites' tokens.
   */
  @Test
  void aServerThatEchoesTheTokenDoesNotMakeTheClientRepeatIt() {
    String echoed = "ECHOED-TOKEN-5d1c-only-in-this-test";
    int mark = CapturedLogs.size();
    WM.stubFor(Op.GET.request().willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Bad header Authorization: Bearer " + echoed + "\"}")));
    CallPickupClient client = Clients.builder(WM.baseUrl() + "/v1").token(echoed).logLevel(LogLevel.FULL)
        .retryPolicy(Clients.fastPolicy().build()).build();

    Throwable thrown = null;
    try {
      Op.GET.call(client);
    } catch (RuntimeException e) {
      thrown = e;
    }

    assertThat(thrown).isNotNull();
    assertThat(thrown.getMessage()).as("exception message").doesNotContain(echoed);
    assertThat(CapturedLogs.since(mark)).as("log lines").noneMatch(l -> l.contains(echoed));
  }
}
