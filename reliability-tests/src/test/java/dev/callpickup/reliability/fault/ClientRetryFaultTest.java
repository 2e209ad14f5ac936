package dev.callpickup.reliability.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.errors.RateLimitedException;
import dev.callpickup.client.errors.ServerErrorException;
import dev.callpickup.client.errors.WebexApiException;
import dev.callpickup.client.retry.RetryPolicy;
import dev.callpickup.client.retry.Sleeper;
import dev.callpickup.reliability.support.Clients;
import dev.callpickup.reliability.support.Clients.RecordingSleeper;
import dev.callpickup.reliability.support.FaultServer;
import dev.callpickup.reliability.support.FaultServer.Op;
import dev.callpickup.reliability.support.Leaks;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rate limits and gateway errors: each status, {@code Retry-After} form and HTTP method gets the
 * retries the policy promises (none for a POST the server may have acted on), waits what the server
 * asked, and ends in the right typed exception after the right number of requests.
 */
// A hung call must fail its case, not the build: the call runs on a thread the timeout can abandon.
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClientRetryFaultTest {

  @RegisterExtension
  static final WireMockExtension WM = FaultServer.extension();

  private static final Duration BOUND = Duration.ofSeconds(5);

  @BeforeEach
  void reset() {
    WM.resetAll();
  }

  /** What a case expects: a result or an exception type, the requests seen, and a check of the waits. */
  record Case(String name, Op op, List<ResponseDefinitionBuilder> answers,
      Class<? extends Throwable> thrown, int requests, Consumer<Outcome> more,
      UnaryOperator<RetryPolicy.Builder> policy) {
    Case(String name, Op op, List<ResponseDefinitionBuilder> answers,
        Class<? extends Throwable> thrown, int requests, Consumer<Outcome> more) {
      this(name, op, answers, thrown, requests, more, UnaryOperator.identity());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** What happened. */
  record Outcome(Object result, Throwable thrown, List<Duration> waits) {}

  static ResponseDefinitionBuilder status(int status, String retryAfter) {
    ResponseDefinitionBuilder r = aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withHeader("trackingid", "ROUTER_TEST-" + status)
        .withBody("{\"message\":\"status " + status + "\",\"errors\":[{\"description\":\"status " + status
            + "\"}],\"trackingId\":\"ROUTER_TEST-" + status + "\"}");
    return retryAfter == null ? r : r.withHeader("Retry-After", retryAfter);
  }

  static String httpDate(Duration fromNow) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plus(fromNow));
  }

  static Consumer<Outcome> waits(Duration... expected) {
    return o -> assertThat(o.waits()).as("waits").containsExactly(expected);
  }

  static Consumer<Outcome> oneWaitBetween(Duration min, Duration max) {
    return o -> assertThat(o.waits()).as("waits").singleElement()
        .satisfies(w -> assertThat(w).isBetween(min, max));
  }

  static Consumer<Outcome> noWaits() {
    return o -> assertThat(o.waits()).as("waits").isEmpty();
  }

  static Consumer<Outcome> retryAfterOf(String value) {
    return o -> assertThat(((WebexApiException) o.thrown()).retryAfter()).contains(value);
  }

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    Duration backoffMax = Duration.ofMillis(40);
    // Retry-After in every form, on a read.
    c.add(new Case("GET 429 Retry-After: 2 (seconds) -> waits 2 s, then succeeds", Op.GET,
        List.of(status(429, "2"), Op.GET.success()), null, 2, waits(Duration.ofSeconds(2))));
    c.add(new Case("GET 503 Retry-After: 3 (seconds) -> waits 3 s, then succeeds", Op.GET,
        List.of(status(503, "3"), Op.GET.success()), null, 2, waits(Duration.ofSeconds(3))));
    c.add(new Case("GET 429 Retry-After: HTTP-date 3 s ahead -> waits up to 3 s, then succeeds", Op.GET,
        List.of(status(429, httpDate(Duration.ofSeconds(3))), Op.GET.success()), null, 2,
        oneWaitBetween(Duration.ofSeconds(1), Duration.ofSeconds(3))));
    c.add(new Case("GET 429 Retry-After: HTTP-date in the past -> retries at once", Op.GET,
        List.of(status(429, httpDate(Duration.ofHours(-1))), Op.GET.success()), null, 2,
        waits(Duration.ZERO)));
    c.add(new Case("GET 429 Retry-After: rand(30),add(30) (garbage) -> backoff, then succeeds", Op.GET,
        List.of(status(429, "rand(30),add(30)"), Op.GET.success()), null, 2,
        oneWaitBetween(Duration.ZERO, backoffMax)));
    c.add(new Case("GET 429 Retry-After: -5 (negative) -> backoff, then succeeds", Op.GET,
        List.of(status(429, "-5"), Op.GET.success()), null, 2, oneWaitBetween(Duration.ZERO, backoffMax)));
    c.add(new Case("GET 429 without Retry-After -> backoff, then succeeds", Op.GET,
        List.of(status(429, null), Op.GET.success()), null, 2, oneWaitBetween(Duration.ZERO, backoffMax)));
    c.add(new Case("GET 503 without Retry-After -> backoff, then succeeds", Op.GET,
        List.of(status(503, null), Op.GET.success()), null, 2, oneWaitBetween(Duration.ZERO, backoffMax)));
    c.add(new Case("GET 423 Retry-After: 1 -> waits 1 s, then succeeds", Op.GET,
        List.of(status(423, "1"), Op.GET.success()), null, 2, waits(Duration.ofSeconds(1))));
    c.add(new Case("LIST 429 Retry-After: 1 on the first page -> waits, then lists", Op.LIST,
        List.of(status(429, "1"), Op.LIST.success()), null, 2, waits(Duration.ofSeconds(1))));
    // Rate limits on writes: the server did not act, so even a create is repeated.
    c.add(new Case("POST 429 Retry-After: 1 -> repeated (not processed), creates once", Op.POST,
        List.of(status(429, "1"), Op.POST.success()), null, 2, waits(Duration.ofSeconds(1))));
    c.add(new Case("POST 423 Retry-After: 1 -> repeated (not processed), creates once", Op.POST,
        List.of(status(423, "1"), Op.POST.success()), null, 2, waits(Duration.ofSeconds(1))));
    c.add(new Case("PUT 429 Retry-After: 1 -> repeated, then succeeds", Op.PUT,
        List.of(status(429, "1"), Op.PUT.success()), null, 2, waits(Duration.ofSeconds(1))));
    c.add(new Case("DELETE 423 without Retry-After -> backoff, then succeeds", Op.DELETE,
        List.of(status(423, null), Op.DELETE.success()), null, 2, oneWaitBetween(Duration.ZERO, backoffMax)));
    // Storms: the policy gives up and says what the server asked for last.
    c.add(new Case("GET 429 storm (Retry-After 1, 2, 3, 4) outlasts a 5 s budget -> RateLimited with the last Retry-After (3)",
        Op.GET, List.of(status(429, "1"), status(429, "2"), status(429, "3"), status(429, "4")),
        RateLimitedException.class, 3,
        waits(Duration.ofSeconds(1), Duration.ofSeconds(2)).andThen(retryAfterOf("3")),
        p -> p.maxAttempts(10).totalBudget(Duration.ofSeconds(5))));
    c.add(new Case("GET 429 storm with Retry-After: 0 outlasts 3 attempts -> RateLimited after 3 requests", Op.GET,
        List.of(status(429, "0")), RateLimitedException.class, 3,
        waits(Duration.ZERO, Duration.ZERO).andThen(retryAfterOf("0"))));
    c.add(new Case("POST 429 storm outlasts 3 attempts -> RateLimited, nothing created", Op.POST,
        List.of(status(429, "0")), RateLimitedException.class, 3, retryAfterOf("0")));
    c.add(new Case("GET 429 Retry-After: 3600 (above the 5 s ceiling) -> fails at once with it", Op.GET,
        List.of(status(429, "3600"), Op.GET.success()), RateLimitedException.class, 1,
        noWaits().andThen(retryAfterOf("3600"))));
    c.add(new Case("GET 423 storm -> RateLimited (423) after 3 requests", Op.GET,
        List.of(status(423, "0")), RateLimitedException.class, 3,
        o -> assertThat(((WebexApiException) o.thrown()).status()).isEqualTo(423)));
    // Server and gateway errors: reads, updates and deletes are repeated; a create is not.
    for (Op op : List.of(Op.GET, Op.PUT, Op.DELETE, Op.LIST)) {
      for (int s : new int[] {500, 502, 504}) {
        c.add(new Case(op + " " + s + " once -> repeated, then succeeds", op,
            List.of(status(s, null), op.success()), null, 2, oneWaitBetween(Duration.ZERO, backoffMax)));
      }
      c.add(new Case(op + " 502 on every attempt -> ServerError after 3 requests", op,
          List.of(status(502, null)), ServerErrorException.class, 3,
          o -> assertThat(((WebexApiException) o.thrown()).status()).isEqualTo(502)));
      // Issue 6: 500 is retried on GET, PUT and DELETE like 502 and 504, until the attempts run out.
      c.add(new Case(op + " 500 on every attempt -> ServerError after 3 requests", op,
          List.of(status(500, null)), ServerErrorException.class, 3,
          o -> assertThat(((WebexApiException) o.thrown()).status()).isEqualTo(500)));
    }
    for (int s : new int[] {500, 502, 503, 504}) {
      c.add(new Case("POST " + s + " -> ServerError, exactly one request (the create may have happened)", Op.POST,
          List.of(status(s, "0"), Op.POST.success()), ServerErrorException.class, 1, noWaits()));
    }
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void faultEndsAsPromised(Case fault) {
    FaultServer.script(WM, fault.op(), fault.answers());
    RecordingSleeper sleeper = new RecordingSleeper();
    CallPickupClient client = Clients.builder(WM.baseUrl() + "/v1")
        .retryPolicy(fault.policy().apply(Clients.fastPolicy().sleeper(sleeper)).build()).build();

    long start = System.nanoTime();
    Object result = null;
    Throwable thrown = null;
    try {
      result = fault.op().call(client);
    } catch (RuntimeException e) {
      thrown = e;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    if (fault.thrown() == null) {
      assertThat(thrown).as("exception").isNull();
      assertThat(result).as("result").isNotNull();
    } else {
      assertThat(thrown).as("exception").isInstanceOf(fault.thrown());
      Leaks.assertNoToken(thrown);
    }
    assertThat(WM.getAllServeEvents()).as("requests the server saw").hasSize(fault.requests());
    assertThat(took).as("time the call took").isLessThan(BOUND);
    fault.more().accept(new Outcome(result, thrown, sleeper.waits()));
  }

  @Test
  void everyAttemptOfOneCallCarriesTheSameTrackingId() {
    FaultServer.script(WM, Op.PUT, List.of(status(503, "0"), status(502, null), Op.PUT.success()));
    Clients.fast(WM.baseUrl() + "/v1", new RecordingSleeper())
        .updateCallPickup(Clients.LOCATION, Clients.PICKUP,
            new dev.callpickup.client.model.UpdateCallPickupRequest().notificationDelayTimerSeconds(9));

    List<String> ids = WM.getAllServeEvents().stream()
        .map(e -> e.getRequest().getHeader("TrackingID")).distinct().toList();
    assertThat(WM.getAllServeEvents()).hasSize(3);
    assertThat(ids).singleElement().asString().isNotBlank();
  }

  @Test
  void aRealRetryAfterOfOneSecondIsReallyWaited() {
    FaultServer.script(WM, Op.GET, List.of(status(429, "1"), Op.GET.success()));
    CallPickupClient client = Clients.builder(WM.baseUrl() + "/v1")
        .retryPolicy(Clients.fastPolicy().sleeper(Sleeper.THREAD_SLEEP).build()).build();

    long start = System.nanoTime();
    assertThat(client.getCallPickup(Clients.LOCATION, Clients.PICKUP).getName()).isEqualTo("South Alaska-Group");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(WM.getAllServeEvents()).hasSize(2);
    assertThat(took).isBetween(Duration.ofMillis(950), Duration.ofSeconds(3));
  }

  @Test
  void aRealStormEndsWithinTheTotalBudget() {
    FaultServer.script(WM, Op.GET, List.of(status(429, "1")));
    CallPickupClient client = Clients.builder(WM.baseUrl() + "/v1")
        .retryPolicy(RetryPolicy.builder().maxAttempts(10).maxWait(Duration.ofSeconds(5))
            .totalBudget(Duration.ofMillis(1500)).build())
        .build();

    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> client.getCallPickup(Clients.LOCATION, Clients.PICKUP));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // One wait of 1 s fits in 1.5 s, a second does not: two requests, then the 429 is handed over.
    assertThat(thrown).isInstanceOf(RateLimitedException.class);
    assertThat(((RateLimitedException) thrown).retryAfter()).contains("1");
    assertThat(WM.getAllServeEvents()).hasSize(2);
    assertThat(took).isBetween(Duration.ofMillis(950), Duration.ofMillis(2500));
  }
}
