package dev.callpickup.client.errors;

/** HTTP 403 Forbidden: the token lacks the scope or the role for this operation. */
public class ForbiddenException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status
   * @param body what was read from the response
   */
  public ForbiddenException(int status, ApiErrors.Body body) {
    super(status, body);
  }
}
