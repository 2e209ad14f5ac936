package dev.callpickup.client.errors;

import java.util.List;
import java.util.Optional;

/**
 * The server answered with a status other than 2xx. Carries the status, Webex's {@code message},
 * every {@code errors[]} entry, the error code and the tracking ID to quote to Webex support.
 * Subclasses name the meaning of the status; {@link ApiErrors#of} picks the right one.
 */
public class WebexApiException extends CallPickupException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String webexMessage;
  private final List<ErrorDetail> errors;
  private final Integer errorCode;
  private final String trackingId;
  private final String bodyExcerpt;
  private final String retryAfter;

  /**
   * @param status the HTTP status
   * @param body what was read from the response
   */
  protected WebexApiException(int status, ApiErrors.Body body) {
    super(message(status, body), null);
    this.status = status;
    this.webexMessage = body.message();
    this.errors = List.copyOf(body.errors());
    this.errorCode = body.errorCode();
    this.trackingId = body.trackingId();
    this.bodyExcerpt = body.excerpt();
    this.retryAfter = body.retryAfter();
  }

  private static String message(int status, ApiErrors.Body body) {
    StringBuilder sb = new StringBuilder("HTTP ").append(status);
    if (body.message() != null) {
      sb.append(": ").append(body.message());
    } else if (!body.excerpt().isEmpty()) {
      sb.append(", body: ").append(body.excerpt());
    }
    if (body.trackingId() != null) {
      sb.append(" (trackingId ").append(body.trackingId()).append(')');
    }
    return sb.toString();
  }

  /** @return the HTTP status code */
  public int status() {
    return status;
  }

  /** @return Webex's {@code message}, or {@code null} when the body had none */
  public String webexMessage() {
    return webexMessage;
  }

  /** @return every entry of the body's {@code errors} array, possibly empty */
  public List<ErrorDetail> errors() {
    return errors;
  }

  /**
   * @return the body's top-level {@code errorCode}, else the first {@code errors[].errorCode},
   *     else {@code null}
   */
  public Integer errorCode() {
    return errorCode;
  }

  /** @return the tracking ID from the body, else from the {@code trackingid} header, else null */
  public String trackingId() {
    return trackingId;
  }

  /** @return the start of the response body, control characters removed; empty when none */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** @return the raw {@code Retry-After} header value, when the server sent one */
  public Optional<String> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
