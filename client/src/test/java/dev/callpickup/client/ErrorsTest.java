package dev.callpickup.client;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callpickup.client.errors.BadRequestException;
import dev.callpickup.client.errors.ConflictException;
import dev.callpickup.client.errors.ErrorDetail;
import dev.callpickup.client.errors.ForbiddenException;
import dev.callpickup.client.errors.NotFoundException;
import dev.callpickup.client.errors.RateLimitedException;
import dev.callpickup.client.errors.ServerErrorException;
import dev.callpickup.client.errors.TransportException;
import dev.callpickup.client.errors.UnauthorizedException;
import dev.callpickup.client.errors.UnexpectedStatusException;
import dev.callpickup.client.errors.WebexApiException;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.retry.RetryPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error status yields a typed exception carrying what Webex said. */
class ErrorsTest extends WireMockSupport {

  private static final String CONFLICT = """
      {"message":"Call Pickup name 'South Alaska-Group' already exists in this location.",
       "errors":[{"description":"Call Pickup name 'South Alaska-Group' already exists.",
                  "errorCode":4470}],
       "trackingId":"ROUTER_6542A1B2-56F8-01BB-0A1C-AC1E4A2B6C23"}""";

  @BeforeEach
  void noRetries() {
    client = clientBuilder().retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void conflictRaisesConflictExceptionWithTheBodysTrackingId() {
    server.stubFor(post(urlPathEqualTo(BASE_PATH)).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json").withHeader("trackingid", "HEADER_ID")
        .withBody(CONFLICT)));

    ConflictException e = catchThrowableOfType(ConflictException.class,
        () -> client.createCallPickup(LOC, new CreateCallPickupRequest().name("South Alaska-Group")));

    assertThat(e.status()).isEqualTo(409);
    assertThat(e.trackingId()).isEqualTo("ROUTER_6542A1B2-56F8-01BB-0A1C-AC1E4A2B6C23");
    assertThat(e.webexMessage()).startsWith("Call Pickup name 'South Alaska-Group' already exists");
    assertThat(e.errors()).containsExactly(
        new ErrorDetail("Call Pickup name 'South Alaska-Group' already exists.", 4470));
    assertThat(e.errorCode()).isEqualTo(4470);
    assertThat(e.getMessage()).contains("HTTP 409", "already exists",
        "ROUTER_6542A1B2-56F8-01BB-0A1C-AC1E4A2B6C23");
  }

  @ParameterizedTest
  @CsvSource({
      "400, dev.callpickup.client.errors.BadRequestException",
      "401, dev.callpickup.client.errors.UnauthorizedException",
      "403, dev.callpickup.client.errors.ForbiddenException",
      "404, dev.callpickup.client.errors.NotFoundException",
      "405, dev.callpickup.client.errors.UnexpectedStatusException",
      "410, dev.callpickup.client.errors.UnexpectedStatusException",
      "423, dev.callpickup.client.errors.RateLimitedException",
      "429, dev.callpickup.client.errors.RateLimitedException",
      "500, dev.callpickup.client.errors.ServerErrorException",
      "503, dev.callpickup.client.errors.ServerErrorException"})
  void eachStatusMapsToItsType(int status, Class<? extends WebexApiException> type) {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(status)
        .withHeader("trackingid", "HDR_" + status)));

    WebexApiException e = catchThrowableOfType(WebexApiException.class,
        () -> client.getCallPickup(LOC, CP));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.trackingId()).isEqualTo("HDR_" + status); // empty body: header fallback
    assertThat(e.bodyExcerpt()).isEmpty();
    assertThat(e.errors()).isEmpty();
  }

  @Test
  void htmlFromAGatewayStillYieldsTheTypeWithAShortSafeExcerpt() {
    String html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\n<body>"
        + "x".repeat(5000) + "</body></html>";
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody(html)));

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> client.getCallPickup(LOC, CP));

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.webexMessage()).isNull();
    assertThat(e.bodyExcerpt()).startsWith("<html> <head><title>502 Bad Gateway</title>")
        .hasSizeLessThanOrEqualTo(203).doesNotContain("\r", "\n");
    assertThat(e.getMessage()).startsWith("HTTP 502, body: <html>");
  }

  @Test
  void errorCodeFallsBackToTheFirstDetailAndTopLevelWins() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(400).withBody(
        "{\"errorCode\":25008,\"errors\":[{\"description\":\"d\",\"errorCode\":1}],\"x\":[1]}")));

    BadRequestException e = catchThrowableOfType(BadRequestException.class,
        () -> client.getCallPickup(LOC, CP));

    assertThat(e.errorCode()).isEqualTo(25008);
    assertThat(e.errors()).extracting(ErrorDetail::errorCode).containsExactly(1);
  }

  @Test
  void rateLimitedKeepsTheRawRetryAfter() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "rand(30),add(30)")));

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
        () -> client.getCallPickup(LOC, CP));

    assertThat(e.retryAfter()).contains("rand(30),add(30)");
  }

  @Test
  void aRedirectIsNotFollowedSoTheTokenStaysHere() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(302)
        .withHeader("Location", "http://127.0.0.2:" + server.port() + "/steal")));

    UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class,
        () -> client.getCallPickup(LOC, CP));

    assertThat(e.status()).isEqualTo(302);
    assertThat(requests()).hasSize(1);
  }

  @Test
  void malformedOrEmptySuccessBodiesYieldTransportException() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"x\",\"name\":")));
    assertThat(catchThrowableOfType(TransportException.class, () -> client.getCallPickup(LOC, CP)))
        .hasMessageStartingWith("Unreadable response");

    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));
    assertThat(catchThrowableOfType(TransportException.class, () -> client.getCallPickup(LOC, CP)))
        .isNotNull();

    server.stubFor(get(anyUrl()).willReturn(ok()));
    assertThat(catchThrowableOfType(TransportException.class, () -> client.getCallPickup(LOC, CP)))
        .hasMessageContaining("empty body");

    server.stubFor(post(anyUrl()).willReturn(okJson("{\"notTheId\":1}").withStatus(201)));
    assertThat(catchThrowableOfType(TransportException.class,
        () -> client.createCallPickup(LOC, new CreateCallPickupRequest().name("n"))))
        .hasMessageContaining("no call pickup ID");
  }

  @Test
  void unauthorizedAndForbiddenAreDistinct() {
    server.stubFor(get(urlPathEqualTo(BASE_PATH + "/" + CP)).willReturn(aResponse().withStatus(401)));
    server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(403)));
    assertThat(catchThrowableOfType(UnauthorizedException.class,
        () -> client.getCallPickup(LOC, CP))).isNotNull();
    assertThat(catchThrowableOfType(ForbiddenException.class,
        () -> client.deleteCallPickup(LOC, CP))).isNotNull();
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404).withBody("{\"message\":"
        + "\"Call Pickup not found.\",\"trackingId\":\"T404\"}")));
    NotFoundException nf = catchThrowableOfType(NotFoundException.class,
        () -> client.getCallPickup(LOC, CP));
    assertThat(nf.webexMessage()).isEqualTo("Call Pickup not found.");
    assertThat(nf.trackingId()).isEqualTo("T404");
  }
}
