package dev.callpickup.client;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.callpickup.client.errors.RequestValidationException;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The token never leaks; the client refuses unsafe configuration and header values. */
class SecretsAndSafetyTest extends WireMockSupport {

  /** Runs {@code body} with System.err (where slf4j-simple writes) captured. */
  private static String captureStderr(Runnable body) {
    PrintStream original = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setErr(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theTokenAppearsNowhereInCapturedLogsAtFullLevel() {
    client = clientBuilder().logLevel(LogLevel.FULL).build();
    server.stubFor(post(anyUrl()).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
        .willSetStateTo("ok"));
    server.stubFor(post(anyUrl()).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"NEW\"}").withStatus(201)
            .withHeader("Set-Cookie", "session=" + TOKEN)));
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)
        .withBody("{\"message\":\"bad token\"}")));

    List<Throwable> errors = new ArrayList<>();
    String log = captureStderr(() -> {
      client.createCallPickup(LOC, new CreateCallPickupRequest().name("g"));
      errors.add(catchThrowable(() -> client.getCallPickup(LOC, CP)));
    });

    assertThat(log).contains("POST " + baseUrl(), "HTTP/1.1 201", "TrackingID: CALLPICKUP_",
        "User-Agent: call-pickup-java/", "RETRYING", " 401 (");
    assertThat(log).doesNotContain(TOKEN).doesNotContainIgnoringCase("authorization");
    assertThat(requests().get(0).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(errors.get(0).toString()).doesNotContain(TOKEN);
  }

  /** Everything a caller can see of a failure: message, toString and stack trace, with causes. */
  private static String shown(Throwable t) {
    java.io.StringWriter trace = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(trace));
    StringBuilder sb = new StringBuilder(trace.toString());
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append('\n').append(c.getMessage()).append('\n').append(c);
    }
    return sb.toString();
  }

  @Test
  void aTokenTheServerEchoesIsMaskedInEveryErrorFieldAndInTheLog() {
    client = clientBuilder().logLevel(LogLevel.FULL).build();
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withHeader("X-Echo", "Bearer " + TOKEN)
        .withHeader("trackingid", "T-" + TOKEN)
        .withBody("{\"message\":\"Bad header Authorization: Bearer " + TOKEN + "\","
            + "\"errors\":[{\"description\":\"echo " + TOKEN + "\",\"errorCode\":7}]}")));

    List<Throwable> errors = new ArrayList<>();
    String log = captureStderr(() -> errors.add(catchThrowable(() -> client.getCallPickup(LOC, CP))));

    dev.callpickup.client.errors.BadRequestException e =
        (dev.callpickup.client.errors.BadRequestException) errors.get(0);
    assertThat(e.getMessage()).isEqualTo(
        "HTTP 400: Bad header Authorization: Bearer [hidden] (trackingId T-[hidden])");
    assertThat(e.webexMessage()).isEqualTo("Bad header Authorization: Bearer [hidden]");
    assertThat(e.errors()).singleElement().satisfies(d -> {
      assertThat(d.description()).isEqualTo("echo [hidden]");
      assertThat(d.errorCode()).isEqualTo(7);
    });
    assertThat(e.bodyExcerpt()).contains("Bearer [hidden]").doesNotContain(TOKEN);
    assertThat(shown(e)).doesNotContain(TOKEN);
    assertThat(log).containsIgnoringCase("X-Echo: Bearer [hidden]")
        .contains("Bad header Authorization: Bearer [hidden]").doesNotContain(TOKEN);
    assertThat(requests().get(0).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void aTokenEchoedInAnHtmlPageOrAMalformedSuccessBodyIsMaskedToo() {
    server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html")
        .withBody("<html><body>upstream said: Authorization: Bearer " + TOKEN + "</body></html>")));
    // Jackson quotes a wrongly typed value in its message.
    server.stubFor(get(anyUrl()).willReturn(okJson(
        "{\"id\":\"a\",\"name\":\"n\",\"notificationDelayTimerSeconds\":\"Bearer " + TOKEN + "\"}")));
    client = clientBuilder().retryPolicy(recordingPolicy().maxAttempts(1).build()).build();

    dev.callpickup.client.errors.WebexApiException html =
        (dev.callpickup.client.errors.WebexApiException) catchThrowable(
            () -> client.deleteCallPickup(LOC, CP));
    Throwable malformed = catchThrowable(() -> client.getCallPickup(LOC, CP));

    assertThat(html.bodyExcerpt()).contains("Bearer [hidden]");
    assertThat(shown(html)).doesNotContain(TOKEN);
    assertThat(malformed).isInstanceOf(dev.callpickup.client.errors.TransportException.class)
        .hasMessageContaining("[hidden]");
    assertThat(shown(malformed)).doesNotContain(TOKEN);
  }

  @Test
  void toStringsNeverShowTheToken() {
    assertThat(client.toString()).doesNotContain(TOKEN).contains(baseUrl());
    assertThat(client.withOrgId("T1JH").toString()).doesNotContain(TOKEN).contains("T1JH");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc\r\nX-Injected: 1", "abc\ndef", "abc\r", "abc\n"})
  void aFixedTokenWithCrOrLfIsRefusedAtBuildWithoutEchoingIt(String token) {
    assertThatThrownBy(() -> clientBuilder().token(token).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token: must not contain CR or LF (value hidden)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t"})
  void aBlankFixedTokenIsRefusedAtBuild(String token) {
    assertThatThrownBy(() -> clientBuilder().token(token).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token: must not be blank (value hidden)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc\r\nX-Injected: 1", "abc\ndef", "abc\n", "   ", ""})
  void aSuppliedTokenIsCheckedOnEveryCallBeforeSendingAndNotEchoed(String token) {
    server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    CallPickupClient bad = clientBuilder().tokenSupplier(() -> token).build();

    Throwable e = catchThrowable(() -> bad.deleteCallPickup(LOC, CP));

    assertThat(e).isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("token: must").hasMessageNotContaining("abc");
    assertThat(((RequestValidationException) e).violations()).singleElement().asString()
        .startsWith("token: must").endsWith("(value hidden)");
    assertThat(requests()).isEmpty();
  }

  @Test
  void aSupplierThatTurnsBadLaterIsCaughtOnThatCall() {
    server.stubFor(delete(anyUrl()).willReturn(noContent()));
    AtomicInteger calls = new AtomicInteger();
    CallPickupClient c = clientBuilder()
        .tokenSupplier(() -> calls.incrementAndGet() == 1 ? "good" : "refreshed\r\nX: y").build();

    c.deleteCallPickup(LOC, CP);
    assertThatThrownBy(() -> c.deleteCallPickup(LOC, CP))
        .isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("token: must not contain CR or LF (value hidden)")
        .hasMessageNotContaining("refreshed");

    assertThat(requests()).singleElement()
        .satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer good"));
  }

  @Test
  void aTokenSupplierIsAskedOnEveryAttemptSoARefreshedTokenIsUsed() {
    AtomicInteger n = new AtomicInteger();
    client = clientBuilder().tokenSupplier(() -> "tok" + n.incrementAndGet()).build();
    server.stubFor(get(anyUrl()).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    server.stubFor(get(anyUrl()).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"I\",\"name\":\"n\"}")));

    client.getCallPickup(LOC, CP);

    assertThat(requests()).extracting(r -> r.getHeader("Authorization"))
        .containsExactly("Bearer tok1", "Bearer tok2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://webexapis.com/v1", "http://127.0.0.1.evil.example/v1",
      "http://localhost.evil.example/v1", "ftp://localhost/v1", "https://user:pw@webexapis.com/v1",
      "https://webexapis.com/v1?x=1", "/v1", "not a url"})
  void unsafeBaseUrlsAreRefused(String url) {
    assertThatThrownBy(() -> CallPickupClient.builder().token(TOKEN).baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://webexapis.com/v1", "https://webexapis.com/v1/",
      "http://localhost:8080/v1", "http://127.0.0.1:1/v1", "http://[::1]:8080/v1"})
  void httpsAndLoopbackBaseUrlsAreAccepted(String url) {
    assertThat(CallPickupClient.builder().token(TOKEN).baseUrl(url).build()).isNotNull();
  }

  @Test
  void userAgentNamesTheLibraryVersionAndTheApplication() {
    server.stubFor(delete(anyUrl()).willReturn(noContent()));
    clientBuilder().applicationName("pickup-sync/2.1").build().deleteCallPickup(LOC, CP);

    String ua = requests().get(0).getHeader("User-Agent");
    assertThat(ua).matches("call-pickup-java/0\\.1\\.0-SNAPSHOT Java/\\S+ pickup-sync/2\\.1");
    assertThatThrownBy(() -> CallPickupClient.builder().applicationName("a\r\nb"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRenameDoesNotSendDefaultsOrEmptyLists() {
    server.stubFor(put(anyUrl()).willReturn(okJson("{\"id\":\"X\"}")));

    client.updateCallPickup(LOC, CP, new UpdateCallPickupRequest().name("A").agents(null));
    client.updateCallPickup(LOC, CP, new UpdateCallPickupRequest().agents(List.of()));

    assertThat(requests()).extracting(r -> r.getBodyAsString())
        .containsExactly("{\"name\":\"A\"}", "{\"agents\":[]}");
  }
}
