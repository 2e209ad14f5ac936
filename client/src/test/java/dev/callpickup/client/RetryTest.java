package dev.callpickup.client;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.callpickup.client.errors.RateLimitedException;
import dev.callpickup.client.errors.ServerErrorException;
import dev.callpickup.client.errors.TransportException;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import dev.callpickup.client.retry.RetryPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries: when, how long, how often, and never a duplicate create. */
class RetryTest extends WireMockSupport {

  /** The first {@code failures} answers are {@code failure}, then {@code success}. */
  private void failThenSucceed(String method, int failures, ResponseDefinitionBuilder failure,
      ResponseDefinitionBuilder success) {
    String state = STARTED;
    for (int i = 1; i <= failures; i++) {
      server.stubFor(request(method, anyUrl()).inScenario("s").whenScenarioStateIs(state)
          .willReturn(failure).willSetStateTo("after" + i));
      state = "after" + i;
    }
    server.stubFor(request(method, anyUrl()).inScenario("s").whenScenarioStateIs(state)
        .willReturn(success));
  }

  private static final ResponseDefinitionBuilder PICKUP = okJson("{\"id\":\"I\",\"name\":\"n\"}");

  @Test
  void rateLimitedWithRetryAfter2WaitsAbout2SecondsThenSucceeds() {
    client = clientBuilder().retryPolicy(RetryPolicy.defaults()).build(); // the real clock
    failThenSucceed("GET", 1, aResponse().withStatus(429).withHeader("Retry-After", "2"), PICKUP);

    long start = System.nanoTime();
    assertThat(client.getCallPickup(LOC, CP).getId()).isEqualTo("I");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofMillis(4000));
    assertThat(requests()).hasSize(2);
  }

  @Test
  void postThatGets502IsNotRetried() {
    failThenSucceed("POST", 1, aResponse().withStatus(502), okJson("{\"id\":\"x\"}"));

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> client.createCallPickup(LOC, new CreateCallPickupRequest().name("g")));

    assertThat(e.status()).isEqualTo(502);
    assertThat(requests()).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 503, 504})
  void postIsNotRetriedOnOtherServerErrorsEither(int status) {
    failThenSucceed("POST", 1, aResponse().withStatus(status), okJson("{\"id\":\"x\"}"));

    catchThrowableOfType(ServerErrorException.class,
        () -> client.createCallPickup(LOC, new CreateCallPickupRequest().name("g")));

    assertThat(requests()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 423})
  void postIsRetriedWhenTheServerCannotHaveActedAndKeepsItsTrackingId(int status) {
    failThenSucceed("POST", 2, aResponse().withStatus(status).withHeader("Retry-After", "1"),
        okJson("{\"id\":\"NEW\"}").withStatus(201));

    assertThat(client.createCallPickup(LOC, new CreateCallPickupRequest().name("g")))
        .isEqualTo("NEW");

    assertThat(requests()).hasSize(3)
        .extracting(r -> r.getHeader("TrackingID")).containsOnly(
            requests().get(0).getHeader("TrackingID"));
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void getPutAndDeleteAreRetriedOnServerErrorsWithBackoff(int status) {
    failThenSucceed("PUT", 2, aResponse().withStatus(status), okJson("{\"id\":\"I2\"}"));

    assertThat(client.updateCallPickup(LOC, CP, new UpdateCallPickupRequest().name("x")))
        .isEqualTo("I2");

    assertThat(requests()).hasSize(3);
    // Equal jitter: 500 ms doubling, each wait between half and all of its step.
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void aGetAndADeleteThatGet500AreRetried() {
    failThenSucceed("GET", 1, aResponse().withStatus(500), PICKUP);
    assertThat(client.getCallPickup(LOC, CP).getId()).isEqualTo("I");
    assertThat(requests()).hasSize(2);

    server.resetAll();
    failThenSucceed("DELETE", 1, aResponse().withStatus(500), aResponse().withStatus(204));
    client.deleteCallPickup(LOC, CP);
    assertThat(requests()).hasSize(2);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void unreadableRetryAfterFallsBackToBackoff() {
    failThenSucceed("GET", 1, aResponse().withStatus(429)
        .withHeader("Retry-After", "rand(30),add(30)"), PICKUP);

    client.getCallPickup(LOC, CP);

    assertThat(sleeps).singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(250), Duration.ofMillis(500)));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String in20s = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(21));
    failThenSucceed("DELETE", 1, aResponse().withStatus(503).withHeader("Retry-After", in20s),
        aResponse().withStatus(204));

    client.deleteCallPickup(LOC, CP);

    assertThat(sleeps).singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(18), Duration.ofSeconds(21)));
  }

  @Test
  void aRetryAfterAboveTheCeilingIsNotWaitedFor() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "3600")));

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
        () -> client.getCallPickup(LOC, CP));

    assertThat(e.retryAfter()).contains("3600");
    assertThat(requests()).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void attemptsAndTotalBudgetBoundTheRetries() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "10")));

    catchThrowableOfType(RateLimitedException.class, () -> client.getCallPickup(LOC, CP));
    assertThat(requests()).hasSize(4); // default maxAttempts
    assertThat(sleeps).hasSize(3);

    server.resetRequests();
    sleeps.clear();
    client = clientBuilder().retryPolicy(recordingPolicy().maxAttempts(10)
        .totalBudget(Duration.ofSeconds(25)).build()).build();
    catchThrowableOfType(RateLimitedException.class, () -> client.getCallPickup(LOC, CP));
    assertThat(sleeps).hasSize(2); // a third 10 s wait would exceed 25 s
    assertThat(requests()).hasSize(3);
  }

  @Test
  void ioErrorsAreRetriedForGetButNotForAPostThatWasSent() {
    failThenSucceed("GET", 1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), PICKUP);
    assertThat(client.getCallPickup(LOC, CP).getId()).isEqualTo("I");
    assertThat(requests()).hasSize(2);

    server.resetAll();
    server.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    TransportException e = catchThrowableOfType(TransportException.class,
        () -> client.createCallPickup(LOC, new CreateCallPickupRequest().name("g")));
    assertThat(e).hasMessageStartingWith("I/O error");
    assertThat(requests()).hasSize(1);
  }

  @Test
  void postIsRetriedWhenTheConnectionFailedBeforeSending() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    CallPickupClient refused = clientBuilder().baseUrl("http://127.0.0.1:" + closedPort + "/v1")
        .build();

    TransportException e = catchThrowableOfType(TransportException.class,
        () -> refused.createCallPickup(LOC, new CreateCallPickupRequest().name("g")));

    assertThat(e).hasMessageContaining("ConnectException");
    assertThat(sleeps).hasSize(3);
  }

  @Test
  void anInterruptedWaitStopsRetryingAndKeepsTheInterruptFlag() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
    client = clientBuilder().retryPolicy(RetryPolicy.builder().sleeper(d -> {
      throw new InterruptedException();
    }).build()).build();

    try {
      TransportException e = catchThrowableOfType(TransportException.class,
          () -> client.getCallPickup(LOC, CP));
      assertThat(e).hasMessageContaining("Interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(requests()).hasSize(1);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void everyAttemptOfOneCallCarriesTheSameTrackingIdAndCallsDiffer() {
    failThenSucceed("GET", 2, aResponse().withStatus(502), PICKUP);
    client.getCallPickup(LOC, CP);
    server.stubFor(get(anyUrl()).willReturn(PICKUP));
    client.getCallPickup(LOC, CP);

    var ids = requests().stream().map(r -> r.getHeader("TrackingID")).toList();
    assertThat(ids).hasSize(4);
    assertThat(ids.subList(0, 3)).containsOnly(ids.get(0));
    assertThat(ids.get(3)).isNotEqualTo(ids.get(0));
  }
}
