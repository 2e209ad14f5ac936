package dev.callpickup.client.errors;

/** HTTP 401 Unauthorized: the token is missing, expired or wrong. */
public class UnauthorizedException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status
   * @param body what was read from the response
   */
  public UnauthorizedException(int status, ApiErrors.Body body) {
    super(status, body);
  }
}
