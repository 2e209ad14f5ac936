package dev.callpickup.reliability.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.errors.ServerErrorException;
import dev.callpickup.client.errors.TransportException;
import dev.callpickup.client.errors.WebexApiException;
import dev.callpickup.client.model.AgentType;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.NotificationType;
import dev.callpickup.reliability.support.Clients;
import dev.callpickup.reliability.support.Clients.RecordingSleeper;
import dev.callpickup.reliability.support.FaultServer;
import dev.callpickup.reliability.support.FaultServer.Op;
import dev.callpickup.reliability.support.Leaks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An untrusted server's answers (malformed or wrongly shaped JSON, HTML pages, huge bodies, unknown
 * fields and enum values, odd or looping {@code Link} headers) end in a result or a typed
 * exception, never a crash or an endless pager, after a known number of requests.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClientResponseShapeTest {

  @RegisterExtension
  static final WireMockExtension WM = FaultServer.extension();

  private static final String JSON = "application/json";

  @BeforeEach
  void reset() {
    WM.resetAll();
  }

  record Case(String name, Op op, ResponseDefinitionBuilder answer, Class<? extends Throwable> thrown,
      int requests, Consumer<Object> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  static ResponseDefinitionBuilder ok(int status, String contentType, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body);
  }

  static String huge(int chars) {
    return "x".repeat(chars);
  }

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    Consumer<Object> none = r -> { };
    String html = "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Oops</h1></body></html>";
    c.add(new Case("GET 200 with malformed JSON -> TransportException, not repeated", Op.GET,
        ok(200, JSON, "{\"id\": \"abc\", \"name\": "), TransportException.class, 1, none));
    c.add(new Case("GET 200 with a JSON array instead of an object -> TransportException", Op.GET,
        ok(200, JSON, "[1, 2, 3]"), TransportException.class, 1, none));
    c.add(new Case("GET 200 with a wrongly typed field (agents: \"none\") -> TransportException", Op.GET,
        ok(200, JSON, "{\"id\":\"a\",\"name\":\"n\",\"agents\":\"none\"}"), TransportException.class, 1, none));
    c.add(new Case("GET 200 with an empty body -> TransportException", Op.GET,
        ok(200, JSON, ""), TransportException.class, 1, none));
    c.add(new Case("LIST 200 with callPickups as a string -> TransportException", Op.LIST,
        ok(200, JSON, "{\"callPickups\":\"nope\"}"), TransportException.class, 1, none));
    c.add(new Case("POST 201 with an empty id -> TransportException", Op.POST,
        ok(201, JSON, "{\"id\":\"\"}"), TransportException.class, 1, none));
    c.add(new Case("PUT 200 with a JSON null body -> TransportException", Op.PUT,
        ok(200, JSON, "null"), TransportException.class, 1, none));
    c.add(new Case("GET 200 with an HTML page -> TransportException", Op.GET,
        ok(200, "text/html", html), TransportException.class, 1, none));
    c.add(new Case("GET 502 with an HTML page -> ServerError with a safe excerpt, after 3 attempts", Op.GET,
        ok(502, "text/html", html), ServerErrorException.class, 3, t -> {
          WebexApiException e = (WebexApiException) t;
          assertThat(e.status()).isEqualTo(502);
          assertThat(e.webexMessage()).isNull();
          assertThat(e.bodyExcerpt()).contains("Oops");
        }));
    c.add(new Case("POST 502 with an HTML page -> ServerError after exactly one request", Op.POST,
        ok(502, "text/html", html), ServerErrorException.class, 1, none));
    c.add(new Case("GET 404 with a 2 MB HTML page -> NotFound with a short excerpt", Op.GET,
        ok(404, "text/html", "<html>" + huge(2_000_000) + "</html>"),
        dev.callpickup.client.errors.NotFoundException.class, 1,
        t -> assertThat(((WebexApiException) t).bodyExcerpt().length()).isLessThan(2000)));
    c.add(new Case("GET 200 with a 5 MB unknown field -> read, the field ignored", Op.GET,
        ok(200, JSON, "{\"id\":\"a\",\"name\":\"n\",\"padding\":\"" + huge(5_000_000) + "\"}"), null, 1,
        r -> assertThat(((CallPickup) r).getName()).isEqualTo("n")));
    c.add(new Case("GET 200 with a 25 MB string (over Jackson's 20 M limit) -> TransportException", Op.GET,
        ok(200, JSON, "{\"id\":\"a\",\"name\":\"" + huge(25_000_000) + "\"}"), TransportException.class, 1, none));
    c.add(new Case("GET 200 nested 5000 levels deep -> TransportException", Op.GET,
        ok(200, JSON, "{\"id\":\"a\",\"name\":\"n\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
        TransportException.class, 1, none));
    c.add(new Case("GET 200 with unknown fields and enum values -> read; unknown enums become the placeholder",
        Op.GET, ok(200, JSON, "{\"id\":\"a\",\"name\":\"n\",\"notificationType\":\"PAGER_ONLY\","
            + "\"newField\":{\"deep\":[1,2]},\"agents\":[{\"id\":\"b\",\"type\":\"ROBOT\",\"numbers\":"
            + "[{\"external\":\"+1\",\"primary\":\"true\",\"satellite\":true}],\"location\":{\"id\":\"l\"}}]}"),
        null, 1, r -> {
          CallPickup cp = (CallPickup) r;
          assertThat(cp.getNotificationType()).isEqualTo(NotificationType.UNKNOWN_DEFAULT_OPEN_API);
          assertThat(cp.getAgents()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AgentType.UNKNOWN_DEFAULT_OPEN_API);
            assertThat(a.getNumbers().get(0).getPrimary()).isTrue();
          });
        }));
    c.add(new Case("GET 200 with text/plain JSON -> read anyway", Op.GET,
        ok(200, "text/plain", FaultServer.PICKUP_JSON), null, 1,
        r -> assertThat(((CallPickup) r).getName()).isEqualTo("South Alaska-Group")));
    c.add(new Case("GET 418 (an unexpected status) -> UnexpectedStatusException, not repeated", Op.GET,
        ok(418, JSON, "{\"message\":\"teapot\"}"), dev.callpickup.client.errors.UnexpectedStatusException.class, 1,
        t -> assertThat(((WebexApiException) t).webexMessage()).isEqualTo("teapot")));
    c.add(new Case("GET 400 whose error body is malformed -> BadRequest with the raw excerpt", Op.GET,
        ok(400, JSON, "{\"message\": \"bro"), dev.callpickup.client.errors.BadRequestException.class, 1,
        t -> assertThat(((WebexApiException) t).bodyExcerpt()).contains("bro")));
    c.add(new Case("GET 404 with errors as a string (wrong shape) -> NotFound, message from the body if any", Op.GET,
        ok(404, JSON, "{\"message\":\"gone\",\"errors\":\"not-an-array\",\"trackingId\":7}"),
        dev.callpickup.client.errors.NotFoundException.class, 1,
        t -> assertThat(((WebexApiException) t).status()).isEqualTo(404)));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answerEndsAsPromised(Case shape) {
    WM.stubFor(shape.op().request().willReturn(shape.answer()));
    // Timeouts are not the subject here; a busy CI machine may need more than 1 s for 25 MB.
    CallPickupClient client = Clients.builder(WM.baseUrl() + "/v1").readTimeout(java.time.Duration.ofSeconds(8))
        .retryPolicy(Clients.fastPolicy().sleeper(new RecordingSleeper()).build()).build();

    long start = System.nanoTime();
    Object result = null;
    Throwable thrown = null;
    try {
      result = shape.op().call(client);
    } catch (RuntimeException e) {
      thrown = e;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    if (shape.thrown() == null) {
      assertThat(thrown).as("exception").isNull();
      shape.check().accept(result);
    } else {
      assertThat(thrown).as("exception").isInstanceOf(shape.thrown());
      Leaks.assertNoToken(thrown);
      assertThat(thrown.getMessage()).as("message length").hasSizeLessThan(2000);
      shape.check().accept(thrown);
    }
    assertThat(WM.getAllServeEvents()).as("requests the server saw").hasSize(shape.requests());
    assertThat(took).as("time the call took").isLessThan(Duration.ofSeconds(10));
  }

  // --- Link headers: the pager follows rel="next" and nothing else, and always stops. ---

  private static final String PAGE_PATH = FaultServer.COLLECTION;

  private void page(String query, String link, String... names) {
    StringBuilder items = new StringBuilder();
    for (String n : names) {
      items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"ID").append(n).append("\",\"name\":\"")
          .append(n).append("\"}");
    }
    ResponseDefinitionBuilder answer = ok(200, JSON, "{\"callPickups\":[" + items + "]}");
    if (link != null) {
      answer = answer.withHeader("Link", link);
    }
    var mapping = get(urlPathEqualTo(PAGE_PATH));
    for (String kv : query.split("&")) {
      String[] p = kv.split("=");
      mapping = mapping.withQueryParam(p[0], com.github.tomakehurst.wiremock.client.WireMock.equalTo(p[1]));
    }
    WM.stubFor(mapping.willReturn(answer));
  }

  private List<String> listNames() {
    CallPickupClient client = Clients.fast(WM.baseUrl() + "/v1", new RecordingSleeper());
    return client.listCallPickups(Clients.LOCATION).stream().map(CallPickupSummary::getName).toList();
  }

  @Test
  void aRelativeNextLinkIsResolvedAgainstThePage() {
    page("start=0", "<callPickups?start=2&max=2&cursor=b>; rel=\"next\"", "a", "b");
    page("cursor=b", null, "c");

    assertThat(listNames()).containsExactly("a", "b", "c");
    assertThat(WM.getAllServeEvents()).hasSize(2);
  }

  @Test
  void aRootRelativeNextLinkIsFollowed() {
    page("start=0", "</v1/telephony/config/locations/" + Clients.LOCATION + "/callPickups?cursor=b>; rel=next", "a");
    page("cursor=b", null, "b");

    assertThat(listNames()).containsExactly("a", "b");
    assertThat(WM.getAllServeEvents()).hasSize(2);
  }

  @Test
  void onlyRelNextIsFollowedAmongSeveralRelations() {
    String base = WM.baseUrl() + PAGE_PATH;
    page("start=0", "<" + base + "?cursor=first>; rel=\"first\", <" + base + "?cursor=last>; rel=\"last\", <"
        + base + "?cursor=b>; rel=\"next\"", "a");
    page("cursor=b", "<" + base + "?cursor=a>; rel=\"prev first\"", "b");
    page("cursor=first", null, "WRONG-first");
    page("cursor=last", null, "WRONG-last");

    assertThat(listNames()).containsExactly("a", "b");
    assertThat(WM.getAllServeEvents()).hasSize(2);
  }

  @Test
  void aLinkThatLoopsBackToAnEarlierPageStopsThePager() {
    String base = WM.baseUrl() + PAGE_PATH;
    page("start=0", "<" + base + "?cursor=b>; rel=\"next\"", "a");
    page("cursor=b", "<" + base + "?cursor=c>; rel=\"next\"", "b");
    page("cursor=c", "<" + base + "?cursor=b>; rel=\"next\"", "c");

    assertThat(listNames()).containsExactly("a", "b", "c");
    assertThat(WM.getAllServeEvents()).hasSize(3);
  }

  @Test
  void aLinkThatLoopsBackToTheFirstPageUnderAnotherSpellingStops() {
    String base = WM.baseUrl() + PAGE_PATH;
    page("start=0", "<" + base + "?cursor=b>; rel=\"next\"", "a");
    page("cursor=b", "<" + base + "?start=0&max=100>; rel=\"next\"", "b");

    List<String> names = listNames();

    // It must end; the first page may be read a second time (its URL was spelt differently),
    // but never more, and never endlessly.
    assertThat(names).startsWith("a", "b").hasSizeLessThanOrEqualTo(3);
    assertThat(WM.getAllServeEvents()).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void aServerThatIgnoresStartAndRepeatsItsFullPageStopsThePager() {
    // No Link header, a full page (pageSize items) every time, whatever start says.
    String[] names = new String[100];
    for (int i = 0; i < names.length; i++) {
      names[i] = "n" + i;
    }
    page("max=100", null, names);

    assertThat(listNames()).hasSize(100).doesNotHaveDuplicates();
    assertThat(WM.getAllServeEvents()).hasSize(2);
  }

  @Test
  void aNextLinkToAnotherOriginIsRefusedAndTheTokenNeverGoesThere() {
    com.github.tomakehurst.wiremock.WireMockServer elsewhere = new com.github.tomakehurst.wiremock.WireMockServer(
        com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort()
            .bindAddress("127.0.0.1"));
    elsewhere.start();
    try {
      page("start=0", "<http://127.0.0.1:" + elsewhere.port() + PAGE_PATH + "?cursor=b>; rel=\"next\"", "a");
      Throwable thrown = null;
      try {
        listNames();
      } catch (RuntimeException e) {
        thrown = e;
      }
      assertThat(thrown).isInstanceOf(TransportException.class);
      Leaks.assertNoToken(thrown);
      assertThat(WM.getAllServeEvents()).hasSize(1);
      assertThat(elsewhere.getAllServeEvents()).as("requests to the other origin").isEmpty();
    } finally {
      elsewhere.stop();
    }
  }
}
