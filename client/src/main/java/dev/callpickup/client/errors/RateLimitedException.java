package dev.callpickup.client.errors;

/**
 * HTTP 429 Too Many Requests, or 423 Locked: the server did not act on the request and asks the
 * caller to wait ({@link #retryAfter()}). Thrown when the retry policy ran out of attempts, budget
 * or patience (a {@code Retry-After} above its per-wait ceiling).
 */
public class RateLimitedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status (429 or 423)
   * @param body what was read from the response
   */
  public RateLimitedException(int status, ApiErrors.Body body) {
    super(status, body);
  }
}
