package dev.callpickup.client.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header defensively (RFC 9110 section 10.2.3): delta-seconds or an
 * HTTP-date. Anything else, such as the {@code rand(30),add(30)} Webex has been seen sending,
 * yields empty, and the caller falls back to backoff.
 */
public final class RetryAfter {

  private RetryAfter() {
  }

  /**
   * @param raw the header value, possibly {@code null}
   * @param now the current instant, for HTTP-dates
   * @return how long to wait (zero for a date in the past), or empty when unreadable
   */
  public static Optional<Duration> parse(String raw, Instant now) {
    if (raw == null) {
      return Optional.empty();
    }
    String v = raw.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // Over 10 digits cannot be a sensible wait; treat it as unreadable instead of overflowing.
      return v.length() > 10 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
