package dev.callpickup.client.internal.feign;

import feign.slf4j.Slf4jLogger;
import java.util.Locale;
import java.util.Set;

/**
 * Feign's SLF4J logger (logger {@code dev.callpickup.client.http}, DEBUG level) that never prints
 * credentials: {@code Authorization} and cookies are left out of header logs at every level.
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
}
