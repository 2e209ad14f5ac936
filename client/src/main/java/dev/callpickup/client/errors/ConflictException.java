package dev.callpickup.client.errors;

/** HTTP 409 Conflict: for example a call pickup of that name exists, or an agent already belongs to another pickup. */
public class ConflictException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status
   * @param body what was read from the response
   */
  public ConflictException(int status, ApiErrors.Body body) {
    super(status, body);
  }
}
