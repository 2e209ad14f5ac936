package dev.callpickup.reliability.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.callpickup.reliability.support.FakeTokens;
import dev.callpickup.reliability.support.GeneratedInputs;
import dev.callpickup.reliability.support.RawHttpClient;
import dev.callpickup.reliability.support.RawHttpClient.Request;
import dev.callpickup.reliability.support.RawHttpClient.Response;
import dev.callpickup.sandbox.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed and hostile requests (10,000 per run, fixed seeds) against one sandbox over
 * one keep-alive connection: every refused request gets a 4xx with a Webex error body, every valid
 * read a 200, never a 500 or a dropped connection, and the stored state never changes.
 *
 * <p>Each generated request carries at least one defect (a missing or wrong token, a wrong route
 * or method, a hostile ID, a bad query value, a malformed or invalid body, a wrong content type),
 * except in {@link #validReadsAnswer200AndChangeNothing}, whose requests are all valid reads.
 * Because every mutating request has a defect, the state must equal the seed's at every check.
 */
class SandboxHostileRequestTest {

  private static final int TRIES_PER_FAMILY = 2_500;
  private static final int SNAPSHOT_EVERY = 250;
  private static final String TOKEN = FakeTokens.SANDBOX;

  private static Sandbox sandbox;
  private static RawHttpClient http;
  private static World world;
  private static String initialState;

  /** The seed's locations, pickups and agents, as the API shows them. */
  record World(List<String> locations, Map<String, List<String>> pickups, Map<String, List<String>> pickupNames,
      Map<String, List<String>> agentsOfPickup, Map<String, List<String>> freeAgents) {}

  @BeforeAll
  static void start() throws IOException {
    sandbox = Sandbox.builder().port(0).token(TOKEN).build().start();
    http = new RawHttpClient(sandbox.baseUrl(), 10_000);
    List<String> locations = List.of(
        "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzhmZjMwMjg5LWVhMzMtNDc1Ny1iMTBmLWQ2MWIyNzFhMDVlZg",
        "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1",
        "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzJmNmMxZDBlLTdiM2EtNGM1NS04ZTIxLTlhMGIxYzJkM2U0Zg");
    Map<String, List<String>> pickups = new java.util.HashMap<>();
    Map<String, List<String>> names = new java.util.HashMap<>();
    Map<String, List<String>> assigned = new java.util.HashMap<>();
    Map<String, List<String>> free = new java.util.HashMap<>();
    for (String loc : locations) {
      String base = "/v1/telephony/config/locations/" + loc + "/callPickups";
      List<String> ids = new ArrayList<>();
      List<String> pickupNames = new ArrayList<>();
      for (JsonNode p : SandboxState.read(http, base, TOKEN).get("callPickups")) {
        ids.add(p.get("id").asText());
        pickupNames.add(p.get("name").asText());
        List<String> agents = new ArrayList<>();
        for (JsonNode a : SandboxState.read(http, base + "/" + p.get("id").asText(), TOKEN).get("agents")) {
          agents.add(a.get("id").asText());
        }
        assigned.put(p.get("id").asText(), agents);
      }
      List<String> available = new ArrayList<>();
      for (JsonNode a : SandboxState.read(http, base + "/availableUsers", TOKEN).get("agents")) {
        available.add(a.get("id").asText());
      }
      pickups.put(loc, ids);
      names.put(loc, pickupNames);
      free.put(loc, available);
    }
    world = new World(locations, pickups, names, assigned, free);
    assertThat(pickups.values().stream().mapToInt(List::size).sum()).as("pickups in the seed").isPositive();
    initialState = SandboxState.snapshot(http, locations, TOKEN);
  }

  @BeforeEach
  void backToTheSeed() throws IOException {
    // Each family starts from the seed, so one family's failure cannot cascade into another's.
    sandbox.reset();
    assertThat(SandboxState.snapshot(http, world.locations(), TOKEN)).isEqualTo(initialState);
  }

  @AfterAll
  static void stop() {
    if (http != null) {
      http.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  /** A generated request and what it must get: a 2xx (valid read) or a 4xx (statuses, if narrower). */
  record Hostile(String defect, Request request, boolean valid, Set<Integer> statuses) {
    String describe() {
      return "[" + defect + "] " + request.describe();
    }
  }

  // ------------------------------------------------------------------ the four families

  @Test
  void wrongTokensRoutesAndMethodsAreRefused() {
    run("auth-and-routing", 0x5EED_0001L, r -> new Gen(r).authOrRouteDefect());
  }

  @Test
  void hostileIdsAndQueryValuesAreRefused() {
    run("ids-and-queries", 0x5EED_0002L, r -> new Gen(r).idOrQueryDefect());
  }

  @Test
  void malformedAndInvalidBodiesAreRefused() {
    run("bodies", 0x5EED_0003L, r -> new Gen(r).bodyDefect());
  }

  @Test
  void validReadsAnswer200AndChangeNothing() {
    run("valid-reads", 0x5EED_0004L, r -> new Gen(r).validRead());
  }

  /**
   * A request target that is not even URI syntax ({@code %}, {@code %G1}) is refused by the JDK's
   * HTTP server before the sandbox sees it: a 400 of its own (not a Webex error body; reported),
   * after which the server still answers.
   */
  @Test
  void requestTargetsThatAreNotUriSyntaxAreRefusedAndTheServerLivesOn() throws IOException {
    String base = "/v1/telephony/config/locations/" + world.locations().get(0) + "/callPickups";
    for (String bad : List.of(base + "/%", base + "/%G1", base + "/abc%2", base + "/a\"b")) {
      try (RawHttpClient fresh = new RawHttpClient(sandbox.baseUrl(), 10_000)) {
        Response r = fresh.send(new Request("GET", bad, List.of(Map.entry("Authorization", "Bearer " + TOKEN)),
            new byte[0]));
        assertThat(r.status()).as("status for %s", bad).isEqualTo(400);
      }
    }
    assertThat(SandboxState.snapshot(http, world.locations(), TOKEN)).isEqualTo(initialState);
  }

  private static void run(String name, long fixedSeed, Function<SplittableRandom, Hostile> generator) {
    int[] count = {0};
    GeneratedInputs.run(name, GeneratedInputs.seed(fixedSeed), TRIES_PER_FAMILY, generator, Hostile::describe,
        h -> {
          check(h);
          if (++count[0] % SNAPSHOT_EVERY == 0) {
            assertThat(SandboxState.snapshot(http, world.locations(), TOKEN))
                .as("stored state after request " + count[0]).isEqualTo(initialState);
          }
        });
    try {
      assertThat(SandboxState.snapshot(http, world.locations(), TOKEN)).as("stored state at the end")
          .isEqualTo(initialState);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    System.out.println("answers that closed the connection: " + RECONNECTS);
    // One connection for (nearly) everything: the sandbox keeps it alive, even after refusals.
    assertThat(http.connectionsOpened()).as("connections opened").isLessThan(10);
  }

  private static final Map<String, Integer> RECONNECTS = new java.util.TreeMap<>();

  private static void check(Hostile h) throws IOException {
    Response r;
    int before = http.connectionsOpened();
    try {
      r = http.send(h.request());
    } catch (IOException e) {
      throw new AssertionError("dropped connection: " + e.getMessage(), e);
    }
    if (r.header("connection").filter(v -> v.equalsIgnoreCase("close")).isPresent()) {
      RECONNECTS.merge(h.defect() + " -> " + r.status(), 1, Integer::sum);
    }
    if (h.valid()) {
      assertThat(r.status()).as("status of a valid read (answer: %s)", excerpt(r)).isEqualTo(200);
      assertThat(SandboxState.JSON.readTree(r.body()).isObject()).isTrue();
      return;
    }
    assertThat(r.status()).as("status (answer: %s)", excerpt(r)).isBetween(400, 499);
    if (h.statuses() != null) {
      assertThat(r.status()).as("status (answer: %s)", excerpt(r)).isIn(h.statuses());
    }
    assertThat(r.header("content-type")).as("content type").hasValueSatisfying(
        v -> assertThat(v).startsWith("application/json"));
    JsonNode body = SandboxState.JSON.readTree(r.body());
    assertThat(body.path("message").isTextual() && !body.path("message").asText().isBlank())
        .as("error body has a message: " + r.text()).isTrue();
    assertThat(body.path("errors").isArray() && body.path("errors").size() > 0).as("errors[]").isTrue();
    for (JsonNode e : body.path("errors")) {
      assertThat(e.path("description").isTextual()).as("errors[].description").isTrue();
    }
    assertThat(body.path("trackingId").asText()).as("trackingId").isNotBlank();
    assertThat(r.header("trackingid")).as("trackingid header").contains(body.path("trackingId").asText());
    assertThat(r.text()).as("no stack trace in the answer").doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static String excerpt(Response r) {
    String t = r.text();
    return t.length() > 300 ? t.substring(0, 300) + "..." : t;
  }

  // ------------------------------------------------------------------ the generator

  /** Builds one request from a random source. */
  private static final class Gen {
    private final SplittableRandom r;
    private final String loc;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();

    Gen(SplittableRandom r) {
      this.r = r;
      this.loc = pick(world.locations());
    }

    <T> T pick(List<T> items) {
      return items.get(r.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... items) {
      return items[r.nextInt(items.length)];
    }

    boolean chance(int percent) {
      return r.nextInt(100) < percent;
    }

    String collection() {
      return "/v1/telephony/config/locations/" + loc + "/callPickups";
    }

    String item() {
      List<String> ids = world.pickups().get(loc);
      return collection() + "/" + (ids.isEmpty() ? pick(world.pickups().get(world.locations().get(0))) : pick(ids));
    }

    String agentsPath() {
      return collection() + "/availableUsers";
    }

    void auth() {
      // Header names are case-insensitive. (The scheme is too, per RFC 9110, but the sandbox's
      // contract validator insists on "Bearer": see the findings in the module's report.)
      headers.add(Map.entry(chance(20) ? "authorization" : "Authorization", "Bearer " + TOKEN));
    }

    /** Noise the contract allows: a valid tracking ID, a JSON-compatible Accept, unknown extra headers. */
    void noise() {
      if (chance(50)) {
        headers.add(Map.entry("TrackingID", oneOf("RELIABILITY_" + r.nextInt(1_000_000), "x".repeat(256),
            "a!~{}|" + r.nextInt(1000))));
      }
      if (chance(30)) {
        headers.add(Map.entry("Accept", oneOf("*/*", "application/json", "application/json, text/plain")));
      }
      if (chance(30)) {
        headers.add(Map.entry("X-" + randomToken(8), randomPrintable(40)));
      }
      if (chance(10)) {
        headers.add(Map.entry("User-Agent", "😀 fuzz/" + r.nextInt(100)));
      }
    }

    String randomToken(int max) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(max);
      for (int i = 0; i < n; i++) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
      return sb.toString();
    }

    String randomPrintable(int max) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        sb.append((char) (0x21 + r.nextInt(0x7E - 0x21)));
      }
      return sb.toString();
    }

    String randomUnicode(int max) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(oneOf(0x41 + r.nextInt(26), 0xE9, 0x301, 0x1F600 + r.nextInt(50), 0x4E00 + r.nextInt(500),
            0x202E, 0xFEFF, 0x20));
      }
      return sb.toString();
    }

    Hostile build(String defect, String method, String path, byte[] body, Set<Integer> statuses) {
      return new Hostile(defect, new Request(method, path, List.copyOf(headers), body), false, statuses);
    }

    byte[] json(String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }

    String uniqueName() {
      return "Fuzz " + Long.toHexString(r.nextLong());
    }

    /** A method, path and body that would be valid if nothing else were wrong. */
    Object[] validOperation() {
      return switch (r.nextInt(6)) {
        case 0 -> new Object[] {"GET", collection(), new byte[0]};
        case 1 -> new Object[] {"GET", agentsPath(), new byte[0]};
        case 2 -> new Object[] {"GET", item(), new byte[0]};
        case 3 -> new Object[] {"POST", collection(), json("{\"name\":\"" + uniqueName() + "\"}")};
        case 4 -> new Object[] {"PUT", item(), json("{\"notificationDelayTimerSeconds\":" + (1 + r.nextInt(120)) + "}")};
        default -> new Object[] {"DELETE", item(), new byte[0]};
      };
    }

    void contentTypeFor(String method) {
      if (method.equals("POST") || method.equals("PUT")) {
        headers.add(Map.entry("Content-Type", oneOf("application/json", "application/json; charset=utf-8")));
      }
    }

    Hostile authOrRouteDefect() {
      noise();
      Object[] op = validOperation();
      String method = (String) op[0];
      String path = (String) op[1];
      byte[] body = (byte[]) op[2];
      switch (r.nextInt(9)) {
        case 7 -> {
          auth();
          contentTypeFor(method);
          headers.add(Map.entry("TrackingID", oneOf("has space", "x".repeat(257), "ümlaut", "tab\there", "")));
          return build("TrackingID against its pattern", method, path, body, Set.of(400));
        }
        case 8 -> {
          auth();
          contentTypeFor(method);
          headers.removeIf(h -> h.getKey().equals("Accept"));
          headers.add(Map.entry("Accept", oneOf("application/xml", "text/html", "image/png")));
          return build("Accept without JSON", method, path, body, Set.of(400, 406));
        }
        case 0 -> {
          contentTypeFor(method);
          return build("no Authorization", method, path, body, Set.of(401));
        }
        case 1 -> {
          contentTypeFor(method);
          headers.add(Map.entry("Authorization", oneOf("Bearer " + TOKEN + "x", "Bearer " + TOKEN.substring(1),
              "Bearer " + randomPrintable(60), "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", TOKEN,
              "Bearer " + TOKEN.toLowerCase(java.util.Locale.ROOT), "Token " + TOKEN)));
          return build("wrong Authorization", method, path, body, Set.of(401));
        }
        case 2 -> {
          auth();
          contentTypeFor(method);
          String wrong = oneOf("PATCH", "OPTIONS", "TRACE", "CONNECT_", "FOO", "PROPFIND", "PURGE");
          return build("method " + wrong, wrong, path, body, Set.of(404, 405));
        }
        case 3 -> {
          auth();
          contentTypeFor(method);
          // Valid methods on the wrong resource: a create on an item, an update or delete of the collection.
          String[] mismatch = oneOf(new String[] {"POST", item()}, new String[] {"PUT", collection()},
              new String[] {"DELETE", collection()}, new String[] {"POST", agentsPath()},
              new String[] {"DELETE", agentsPath()}, new String[] {"PUT", agentsPath()});
          return build("method not allowed on resource", mismatch[0], mismatch[1], body, Set.of(405));
        }
        case 4 -> {
          auth();
          contentTypeFor(method);
          String unknown = oneOf("/", "/v1", "/v2/telephony/config/locations/" + loc + "/callPickups",
              "/v1/telephony/config/locations/" + loc, "/v1/telephony/config/locations/" + loc + "/callpickups",
              item() + "/extra", item() + "/", collection() + "//", "/v1/telephony/config/locations//callPickups",
              "/v1/telephony/config/locations/" + loc + "/callPickups/availableUsers/more",
              "/v1/" + randomToken(20), "/v1/telephony/config/locations/" + loc + "/callParks");
          return build("unknown path", method, unknown, body, Set.of(400, 404, 405));
        }
        case 5 -> {
          auth();
          contentTypeFor(method);
          // Escapes that are well-formed URI syntax but not UTF-8 reach the sandbox's own code.
          String badEscape = collection() + oneOf("/%C3%28", "/%ED%A0%80", "/%FF%FE", "/abc%C0%AF");
          return build("percent-encoding that is not UTF-8", method, badEscape, body, Set.of(400));
        }
        default -> {
          auth();
          contentTypeFor(method);
          String unknownLoc = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL" + randomToken(10).toUpperCase(java.util.Locale.ROOT);
          String p = path.replace(loc, unknownLoc);
          return build("unknown location", method, p, body, Set.of(404));
        }
      }
    }

    Hostile idOrQueryDefect() {
      noise();
      auth();
      if (chance(45)) {
        Object[] op = validOperation();
        String method = (String) op[0];
        contentTypeFor(method);
        String hostileId = oneOf("..", ".", "%2E%2E", "a%20b", "%00", "abc%3Fx%3D1", "abc%23frag", "%F0%9F%98%80",
            "A".repeat(513), "%E2%80%AE", "abc%0D%0AX-Evil:%201", "%2F..%2F..%2Fetc", "%25", "%2B%2B%2F%3D",
            "Y2lzY29z" + randomToken(30));
        boolean onItem = method.equals("PUT") || method.equals("DELETE") || (method.equals("GET") && chance(50));
        String path = onItem ? collection() + "/" + hostileId
            : "/v1/telephony/config/locations/" + hostileId + "/callPickups";
        if (method.equals("POST")) {
          path = "/v1/telephony/config/locations/" + hostileId + "/callPickups";
        }
        return build("hostile ID " + (onItem ? "of a pickup" : "of a location"), onItem ? method
            : (method.equals("POST") ? "POST" : "GET"), path, (byte[]) op[2], Set.of(400, 404));
      }
      boolean agents = chance(40);
      String base = agents ? agentsPath() : collection();
      List<String> query = new ArrayList<>();
      // Zero to two harmless valid parameters, then one that is wrong.
      if (chance(50)) {
        query.add("max=" + (1 + r.nextInt(50)));
      }
      if (chance(30)) {
        query.add("start=" + r.nextInt(5));
      }
      String bad = agents
          ? oneOf("max=0", "max=-1", "max=abc", "max=", "max=1.5", "max=99999999999999", "start=-1", "start=x",
              "order=bogus", "order=fname%7Cfname%7Cfname%7Cfname", "order=FNAME", "order=fname%7C",
              "name=" + "n".repeat(81), "callPickupName=" + "c".repeat(81), "phoneNumber=" + "1".repeat(33),
              "orgId=a.b", "orgId=%00", "orgId=")
          : oneOf("max=0", "max=-1", "max=abc", "max=", "max=2147483648", "start=-5", "start=1e3", "order=DESC",
              "order=asc", "order=", "order=ASC%00", "name=" + "n".repeat(81), "name=" + "%F0%9F%98%80".repeat(81),
              "orgId=a%20b", "orgId=..", "orgId=" + "A".repeat(513));
      query.add(r.nextInt(query.size() + 1), bad);
      String method = "GET";
      return build("bad query " + bad.substring(0, Math.min(bad.length(), 30)), method,
          base + "?" + String.join("&", query), new byte[0], Set.of(400));
    }

    Hostile bodyDefect() {
      noise();
      auth();
      List<String> here = world.pickups().get(loc);
      boolean create = here.isEmpty() || chance(50);
      String target = create ? null : pick(here);
      String method = create ? "POST" : "PUT";
      String path = create ? collection() : collection() + "/" + target;
      String name = uniqueName();
      List<String> free = world.freeAgents().get(loc);
      String freeAgent = free.isEmpty() ? null : pick(free);
      if (chance(12)) {
        // The body may be fine; the media type is not.
        String ct = oneOf(null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "", "json");
        if (ct != null) {
          headers.add(Map.entry("Content-Type", ct));
        }
        return build("content type " + ct, method, path, json("{\"name\":\"" + name + "\"}"), Set.of(400, 415));
      }
      headers.add(Map.entry("Content-Type", oneOf("application/json", "application/json; charset=utf-8")));
      String[] defect = switch (r.nextInt(10)) {
        case 0 -> new String[] {"malformed JSON", oneOf("", "{", "{\"name\":", "{\"name\":\"a\"", "{'name':'a'}",
            "{\"name\":\"a\",}", "{name:\"a\"}", "{\"name\":\"a\"} trailing", "{\"name\":\"a\"}{}",
            "{\"notificationDelayTimerSeconds\":NaN}", "/* c */{\"name\":\"a\"}",
"{\"name\":\"a\\q\"}", "nul", "tru")};
        case 1 -> new String[] {"not an object", oneOf("null", "[]", "[{\"name\":\"a\"}]", "\"name\"", "42", "true")};
        case 2 -> new String[] {"wrong type", oneOf("{\"name\":123}", "{\"name\":true}", "{\"name\":[\"a\"]}",
            "{\"name\":{\"x\":1}}", "{\"name\":\"" + name + "\",\"notificationDelayTimerSeconds\":\"6\"}",
            "{\"name\":\"" + name + "\",\"notificationDelayTimerSeconds\":6.5}",
            "{\"name\":\"" + name + "\",\"notificationDelayTimerSeconds\":true}",
            "{\"name\":\"" + name + "\",\"agents\":\"x\"}", "{\"name\":\"" + name + "\",\"agents\":{}}",
            "{\"name\":\"" + name + "\",\"agents\":[1]}", "{\"name\":\"" + name + "\",\"agents\":[null]}",
            "{\"name\":\"" + name + "\",\"notificationType\":42}")};
        case 3 -> new String[] {"invalid value", oneOf("{\"name\":\"\"}", "{\"name\":\"   \"}",
            "{\"name\":\"" + "n".repeat(81) + "\"}", "{\"name\":\"" + "😀".repeat(81) + "\"}",
            "{\"name\":\"a\\u0000b\"}", "{\"name\":\"line\\nbreak\"}", "{\"name\":\"del\\u007F\"}",
            "{\"name\":\"" + name + "\",\"notificationDelayTimerSeconds\":0}",
            "{\"name\":\"" + name + "\",\"notificationDelayTimerSeconds\":121}",
            "{\"name\":\"" + name + "\",\"notificationDelayTimerSeconds\":-2147483648}",
            "{\"name\":\"" + name + "\",\"notificationDelayTimerSeconds\":99999999999999999999}",
            "{\"name\":\"" + name + "\",\"notificationType\":\"LOUD\"}",
            "{\"name\":\"" + name + "\",\"notificationType\":\"UNKNOWN_DEFAULT_OPEN_API\"}",
            "{\"name\":\"" + name + "\",\"agents\":[\"a b\"]}", "{\"name\":\"" + name + "\",\"agents\":[\"..\"]}",
            "{\"name\":\"" + name + "\",\"agents\":[\"\"]}")};
        case 4 -> new String[] {"unknown or read-only field", oneOf(
            "{\"name\":\"" + name + "\",\"id\":\"abc\"}", "{\"name\":\"" + name + "\",\"foo\":1}",
            "{\"name\":\"" + name + "\",\"agents\":[],\"locationId\":\"" + loc + "\"}",
            "{\"name\":\"" + name + "\",\"Name\":\"x\"}", "{\"name\":\"" + name + "\",\"__proto__\":{}}")};
        case 5 -> new String[] {"duplicate key", "{\"name\":\"" + name + "\",\"name\":\"" + uniqueName() + "\"}"};
        case 6 -> new String[] {"duplicate agents", freeAgent == null ? "{\"name\":\"\"}"
            : "{\"name\":\"" + name + "\",\"agents\":[\"" + freeAgent + "\",\"" + freeAgent + "\"]}"};
        case 7 -> new String[] {"huge", oneOf(
            "{\"name\":\"" + "x".repeat(70_000 + r.nextInt(100_000)) + "\"}",
            "{\"name\":\"" + name + "\",\"agents\":[" + "\"AAAA\",".repeat(20_000) + "\"B\"]}",
            "{\"name\":\"" + name + "\",\"pad\":\"" + randomUnicode(2000) + "\"}")};
        case 8 -> new String[] {"deep nesting", "{\"name\":" + "[".repeat(2_000 + r.nextInt(20_000))};
        default -> {
          // Conflicts with the stored state: a taken name, an agent of another pickup, an unknown agent.
          // Agents that belong to a pickup other than the one being written.
          List<String> taken = here.stream().filter(id -> !id.equals(target))
              .flatMap(id -> world.agentsOfPickup().get(id).stream()).toList();
          List<String> names = world.pickupNames().get(loc);
          if (create && !names.isEmpty() && chance(40)) {
            yield new String[] {"taken name", "{\"name\":\"" + pick(names) + "\"}"};
          }
          if (!taken.isEmpty() && chance(60)) {
            yield new String[] {"agent of another pickup", "{\"name\":\"" + name + "\",\"agents\":[\""
                + pick(taken) + "\"]}"};
          }
          yield new String[] {"unknown agent", "{\"name\":\"" + name + "\",\"agents\":[\"Y2lzY29zcGFyazovL3VzL1BFT1BMRS9"
              + randomToken(12) + "\"]}"};
        }
      };
      return build(defect[0], method, path, json(defect[1]), null);
    }

    Hostile validRead() {
      noise();
      auth();
      String path;
      switch (r.nextInt(3)) {
        case 0 -> {
          List<String> q = new ArrayList<>();
          if (chance(60)) {
            q.add("max=" + (1 + r.nextInt(10)));
          }
          if (chance(40)) {
            q.add("start=" + r.nextInt(4));
          }
          if (chance(40)) {
            q.add("order=" + oneOf("ASC", "DSC"));
          }
          if (chance(30)) {
            q.add("name=" + oneOf("Alaska", "Group", "a", "%F0%9F%98%80", "North%20Alaska", "zzz"));
          }
          path = collection() + (q.isEmpty() ? "" : "?" + String.join("&", q));
        }
        case 1 -> {
          List<String> q = new ArrayList<>();
          if (chance(50)) {
            q.add("max=" + (1 + r.nextInt(10)));
          }
          if (chance(40)) {
            q.add("order=" + oneOf("lname", "fname%7Clname", "number%7Cextension%7Cfname"));
          }
          if (chance(30)) {
            q.add("name=" + oneOf("John", "a", "%C3%A9"));
          }
          path = agentsPath() + (q.isEmpty() ? "" : "?" + String.join("&", q));
        }
        default -> path = world.pickups().get(loc).isEmpty() ? collection() : item();
      }
      return new Hostile("valid read", new Request("GET", path, List.copyOf(headers), new byte[0]), true, null);
    }
  }
}
