package dev.callpickup.client.errors;

/** HTTP Any other non-2xx status (for example 405, 410, 415, 428 or a redirect, which the client never follows). */
public class UnexpectedStatusException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status
   * @param body what was read from the response
   */
  public UnexpectedStatusException(int status, ApiErrors.Body body) {
    super(status, body);
  }
}
