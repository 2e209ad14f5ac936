package dev.callpickup.reliability.badinput;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.ListAvailableAgentsOptions;
import dev.callpickup.client.ListCallPickupsOptions;
import dev.callpickup.client.errors.RequestValidationException;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import dev.callpickup.reliability.support.Clients;
import dev.callpickup.reliability.support.Clients.RecordingSleeper;
import dev.callpickup.reliability.support.FakeTokens;
import dev.callpickup.reliability.support.FaultServer;
import dev.callpickup.reliability.support.Leaks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input is refused before anything is sent: every case names the field and the rule, and the
 * server sees zero requests; the boundary values that are legal (80 code points, emoji, a
 * {@code /} in an ID) are sent, once, to the right place.
 */
class ClientBadInputTest {

  @RegisterExtension
  static final WireMockExtension WM = FaultServer.extension();

  private static final String LOC = Clients.LOCATION;
  private static final String ID = Clients.PICKUP;
  private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units
  private static final String E_ACUTE = "e\u0301"; // two code points: e + combining acute accent

  @BeforeEach
  void answerEverything() {
    WM.resetAll();
    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"" + ID + "\",\"name\":\"n\",\"callPickups\":[],\"agents\":[]}")));
  }

  private CallPickupClient client() {
    return Clients.fast(WM.baseUrl() + "/v1", new RecordingSleeper());
  }

  /** A refused call: the field and a phrase of the rule that the violation must name. */
  record Refused(String name, Consumer<CallPickupClient> call, String field, String rule) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Refused create(String name, CreateCallPickupRequest body, String field, String rule) {
    return new Refused("create: " + name, c -> c.createCallPickup(LOC, body), field, rule);
  }

  static Refused update(String name, UpdateCallPickupRequest body, String field, String rule) {
    return new Refused("update: " + name, c -> c.updateCallPickup(LOC, ID, body), field, rule);
  }

  static List<String> agents(String... ids) {
    return new ArrayList<>(Arrays.asList(ids));
  }

  static Stream<Refused> refused() {
    List<Refused> r = new ArrayList<>();
    String size = "size";
    String pattern = "must match";
    // Names, create and update alike.
    r.add(create("name null", new CreateCallPickupRequest(), "name", "must not be null"));
    for (var bad : List.of(
        new String[] {"name empty", "", size},
        new String[] {"name blank (spaces)", "   ", pattern},
        new String[] {"name blank (tab)", "\t", pattern},
        new String[] {"name of 81 ASCII characters", "a".repeat(81), size},
        new String[] {"name of 81 emoji (81 code points, 162 UTF-16 units)", EMOJI.repeat(81), size},
        new String[] {"name of 41 e+combining accent (82 code points)", E_ACUTE.repeat(41), size},
        new String[] {"name with NUL", "a\u0000b", pattern},
        new String[] {"name with LF", "North\nAlaska", pattern},
        new String[] {"name with CR", "North\rAlaska", pattern},
        new String[] {"name with ESC", "North\u001BAlaska", pattern},
        new String[] {"name with DEL", "North\u007FAlaska", pattern})) {
      r.add(create(bad[0], new CreateCallPickupRequest().name(bad[1]), "name", bad[2]));
      r.add(update(bad[0], new UpdateCallPickupRequest().name(bad[1]), "name", bad[2]));
    }
    // notificationDelayTimerSeconds: 1..120.
    for (int v : new int[] {-1, 0, 121, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      String rule = v < 1 ? "greater than or equal to 1" : "less than or equal to 120";
      r.add(create("notificationDelayTimerSeconds " + v,
          new CreateCallPickupRequest().name("ok").notificationDelayTimerSeconds(v),
          "notificationDelayTimerSeconds", rule));
      r.add(update("notificationDelayTimerSeconds " + v,
          new UpdateCallPickupRequest().notificationDelayTimerSeconds(v), "notificationDelayTimerSeconds", rule));
    }
    // Agents.
    r.add(create("agents with a null entry", new CreateCallPickupRequest().name("ok").agents(agents(ID, null)),
        "agents[]", "must not contain null"));
    r.add(create("agents with an empty entry", new CreateCallPickupRequest().name("ok").agents(agents("")),
        "agents[]", size));
    r.add(create("agents with a blank entry", new CreateCallPickupRequest().name("ok").agents(agents("  ")),
        "agents[]", pattern));
    r.add(create("agents with a path-traversal entry", new CreateCallPickupRequest().name("ok")
        .agents(agents("abc/../def")), "agents[]", pattern));
    r.add(create("agents with the same ID twice", new CreateCallPickupRequest().name("ok").agents(agents(ID, ID)),
        "agents", "must only contain unique elements"));
    r.add(update("agents with the same ID twice", new UpdateCallPickupRequest().agents(agents("A", "B", "A")),
        "agents", "must only contain unique elements"));
    r.add(update("agents with a null entry", new UpdateCallPickupRequest().agents(agents((String) null)),
        "agents[]", "must not contain null"));
    r.add(update("agents with a CR/LF entry", new UpdateCallPickupRequest().agents(agents("ab\r\ncd")),
        "agents[]", pattern));
    // IDs in the path: the base64 alphabet only; '/' is legal (see accepted) and encoded.
    for (var bad : List.of(
        new String[] {"'..'", ".."}, new String[] {"'a/../b'", "a/../b"}, new String[] {"'%2F'", "abc%2Fdef"},
        new String[] {"'?'", "abc?x=1"}, new String[] {"'#'", "abc#frag"}, new String[] {"a space", "abc def"},
        new String[] {"CR/LF", "abc\r\nX-Injected: 1"}, new String[] {"empty", ""},
        new String[] {"513 characters", "A".repeat(513)})) {
      r.add(new Refused("get: callPickupId with " + bad[0], c -> c.getCallPickup(LOC, bad[1]),
          "callPickupId", idRule(bad[1])));
      r.add(new Refused("delete: callPickupId with " + bad[0], c -> c.deleteCallPickup(LOC, bad[1]),
          "callPickupId", idRule(bad[1])));
      r.add(new Refused("create: locationId with " + bad[0],
          c -> c.createCallPickup(bad[1], new CreateCallPickupRequest().name("ok")),
          "locationId", idRule(bad[1])));
      r.add(new Refused("list: locationId with " + bad[0], c -> c.listCallPickups(bad[1]).stream().toList(),
          "locationId", idRule(bad[1])));
    }
    r.add(new Refused("get: callPickupId null", c -> c.getCallPickup(LOC, null), "callPickupId", "must not be null"));
    r.add(new Refused("update: locationId null", c -> c.updateCallPickup(null, ID, new UpdateCallPickupRequest()),
        "locationId", "must not be null"));
    r.add(new Refused("orgId with '?'", c -> c.withOrgId("org?x=1").getCallPickup(LOC, ID), "orgId", pattern));
    r.add(new Refused("orgId with '..'", c -> c.withOrgId("..").listCallPickups(LOC).stream().toList(),
        "orgId", pattern));
    // Query options.
    r.add(new Refused("list: name filter of 81 characters", c -> c.listCallPickups(LOC,
        ListCallPickupsOptions.builder().name("n".repeat(81)).build()).stream().toList(), "name", "80"));
    r.add(new Refused("list: page size 0", c -> c.listCallPickups(LOC,
        ListCallPickupsOptions.builder().pageSize(0).build()).stream().toList(), "max", "greater than or equal to 1"));
    r.add(new Refused("agents: order 'bogus'", c -> c.listAvailableAgents(LOC,
        ListAvailableAgentsOptions.builder().order("bogus").build()).stream().toList(), "order", pattern));
    r.add(new Refused("agents: four sort fields", c -> c.listAvailableAgents(LOC,
        ListAvailableAgentsOptions.builder().order("fname|lname|number|extension").build()).stream().toList(),
        "order", pattern));
    r.add(new Refused("agents: phoneNumber of 33 characters", c -> c.listAvailableAgents(LOC,
        ListAvailableAgentsOptions.builder().phoneNumber("1".repeat(33)).build()).stream().toList(),
        "phoneNumber", "32"));
    return r.stream();
  }

  /** The rule a refused ID must be reported under: its length, else its alphabet. */
  static String idRule(String id) {
    return id.isEmpty() ? "length must be at least 1" : id.length() > 512 ? "length must be at most 512" : "must match";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusedBeforeSending(Refused bad) {
    Throwable thrown = catchThrowable(() -> bad.call().accept(client()));

    assertThat(thrown).isInstanceOf(RequestValidationException.class);
    RequestValidationException e = (RequestValidationException) thrown;
    assertThat(e.violations()).as("violations")
        .anySatisfy(v -> assertThat(v).startsWith(bad.field() + ":").contains(bad.rule()));
    assertThat(e.getMessage()).contains(bad.field()).contains(bad.rule());
    assertThat(e.getMessage()).as("message is printable").doesNotContain("\r").doesNotContain("\n");
    Leaks.assertNoToken(e);
    assertThat(WM.getAllServeEvents()).as("requests that reached the server").isEmpty();
  }

  /** A legal boundary value: sent once; {@code check} looks at what the server received. */
  record Accepted(String name, Consumer<CallPickupClient> call, Consumer<ServeEvent> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Consumer<ServeEvent> bodyName(String expected) {
    return e -> assertThat(json(e).get("name").asText()).isEqualTo(expected)
        .satisfies(n -> assertThat(n.codePointCount(0, n.length())).isLessThanOrEqualTo(80));
  }

  static Consumer<ServeEvent> rawPath(String expected) {
    return e -> assertThat(e.getRequest().getUrl()).startsWith(expected)
        .satisfies(u -> assertThat(u.indexOf('?') < 0 ? u : u.substring(0, u.indexOf('?'))).isEqualTo(expected));
  }

  static JsonNode json(ServeEvent e) {
    try {
      return new ObjectMapper().readTree(e.getRequest().getBodyAsString());
    } catch (Exception ex) {
      throw new AssertionError(ex);
    }
  }

  static Stream<Accepted> accepted() {
    String coll = "/v1/telephony/config/locations/" + LOC + "/callPickups";
    return Stream.of(
        new Accepted("create: name of 80 ASCII characters", c -> c.createCallPickup(LOC,
            new CreateCallPickupRequest().name("a".repeat(80))), bodyName("a".repeat(80))),
        new Accepted("create: name of 80 emoji (80 code points, 160 UTF-16 units)", c -> c.createCallPickup(LOC,
            new CreateCallPickupRequest().name(EMOJI.repeat(80))), bodyName(EMOJI.repeat(80))),
        new Accepted("update: name of 40 e+combining accent (80 code points)", c -> c.updateCallPickup(LOC, ID,
            new UpdateCallPickupRequest().name(E_ACUTE.repeat(40))), bodyName(E_ACUTE.repeat(40))),
        new Accepted("create: name of one character", c -> c.createCallPickup(LOC,
            new CreateCallPickupRequest().name("x")), bodyName("x")),
        new Accepted("create: notificationDelayTimerSeconds 1", c -> c.createCallPickup(LOC,
            new CreateCallPickupRequest().name("x").notificationDelayTimerSeconds(1)),
            e -> assertThat(json(e).get("notificationDelayTimerSeconds").asInt()).isEqualTo(1)),
        new Accepted("update: notificationDelayTimerSeconds 120", c -> c.updateCallPickup(LOC, ID,
            new UpdateCallPickupRequest().notificationDelayTimerSeconds(120)),
            e -> assertThat(json(e).get("notificationDelayTimerSeconds").asInt()).isEqualTo(120)),
        new Accepted("update: an empty agents list is sent as [] (removes every agent)", c -> c.updateCallPickup(LOC,
            ID, new UpdateCallPickupRequest().agents(new ArrayList<>())),
            e -> assertThat(json(e).get("agents")).isEmpty()),
        new Accepted("get: a '/' in the call pickup ID is percent-encoded and stays in the collection",
            c -> c.getCallPickup(LOC, "abc/def+g="), rawPath(coll + "/abc%2Fdef%2Bg%3D")),
        new Accepted("delete: an ID that is just '/' stays one path segment",
            c -> c.deleteCallPickup(LOC, "/"), rawPath(coll + "/%2F")),
        new Accepted("list: a '/' in the location ID is percent-encoded",
            c -> c.listCallPickups("abc/def").stream().toList(),
            rawPath("/v1/telephony/config/locations/abc%2Fdef/callPickups")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void legalBoundaryIsSentOnce(Accepted ok) {
    ok.call().accept(client());

    assertThat(WM.getAllServeEvents()).as("requests that reached the server").hasSize(1);
    ok.check().accept(WM.getAllServeEvents().get(0));
  }

  @Test
  void aTokenWithCrLfIsRefusedAtBuildWithoutShowingIt() {
    String evil = "abc\r\nX-Injected: yes";
    Throwable thrown = catchThrowable(() -> Clients.builder(WM.baseUrl() + "/v1").token(evil).build());

    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    assertThat(thrown.getMessage()).doesNotContain("X-Injected").doesNotContain("abc");
    assertThat(WM.getAllServeEvents()).isEmpty();
  }

  @Test
  void aSuppliedTokenWithCrLfFailsTheCallBeforeSending() {
    CallPickupClient client = Clients.builder(WM.baseUrl() + "/v1")
        .tokenSupplier(() -> FakeTokens.CLIENT + "\r\nX-Injected: yes").build();

    Throwable thrown = catchThrowable(() -> client.getCallPickup(LOC, ID));

    assertThat(thrown).isNotNull();
    assertThat(String.valueOf(thrown.getMessage())).contains("token").doesNotContain("X-Injected");
    Leaks.assertNoToken(thrown);
    assertThat(WM.getAllServeEvents()).isEmpty();
  }

  @Test
  void aBlankTokenIsRefusedAtBuild() {
    assertThat(catchThrowable(() -> Clients.builder(WM.baseUrl() + "/v1").token("   ").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
  }

  @ParameterizedTest(name = "base URL {0} is refused at build")
  @MethodSource("badBaseUrls")
  void aPlainHttpOrOddBaseUrlIsRefusedAtBuild(String url) {
    Throwable thrown = catchThrowable(() -> Clients.builder(url).build());

    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    assertThat(WM.getAllServeEvents()).isEmpty();
  }

  static Stream<String> badBaseUrls() {
    return Stream.of("http://webexapis.com/v1", "http://10.0.0.1/v1", "http://localhost.example.com/v1",
        "http://127.0.0.1.nip.io/v1", "ftp://127.0.0.1/v1", "https://user:pw@webexapis.com/v1",
        "https://webexapis.com/v1?x=1", "not a url", "/v1");
  }
}
