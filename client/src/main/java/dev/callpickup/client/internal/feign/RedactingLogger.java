package dev.callpickup.client.internal.feign;

import feign.Response;
import feign.Util;
import feign.slf4j.Slf4jLogger;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Feign's SLF4J logger (logger {@code dev.callpickup.client.http}, DEBUG level) that never prints
 * credentials: {@code Authorization} and cookies are left out of header logs at every level, and
 * a response that echoes the request's bearer token is logged with the token masked.
 */
public final class RedactingLogger extends Slf4jLogger {

  /** The SLF4J logger name HTTP traffic is logged under. */
  public static final String NAME = "dev.callpickup.client.http";

  private static final Set<String> SECRET_REQUEST_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie");
  private static final Set<String> SECRET_RESPONSE_HEADERS = Set.of("set-cookie");

  /** Logs under {@link #NAME}. */
  public RedactingLogger() {
    super(NAME);
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !SECRET_REQUEST_HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !SECRET_RESPONSE_HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }

  /** Logs a copy with the token masked; the caller still gets the response as received. */
  @Override
  protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response,
      long elapsedTime) throws IOException {
    String token = EchoedToken.of(response.request());
    if (token == null || logLevel.ordinal() < Level.HEADERS.ordinal()) {
      return super.logAndRebufferResponse(configKey, logLevel, response, elapsedTime);
    }
    byte[] body = response.body() == null ? null
        : Util.toByteArray(response.body().asInputStream());
    Response shown = response.toBuilder()
        .headers(EchoedToken.mask(response.headers(), token))
        .body(EchoedToken.mask(body, token))
        .build();
    super.logAndRebufferResponse(configKey, logLevel, shown, elapsedTime);
    return response.toBuilder().body(body).build();
  }
}
