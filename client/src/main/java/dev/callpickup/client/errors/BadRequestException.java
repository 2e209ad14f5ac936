package dev.callpickup.client.errors;

/** HTTP 400 Bad Request: the request was invalid. */
public class BadRequestException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status
   * @param body what was read from the response
   */
  public BadRequestException(int status, ApiErrors.Body body) {
    super(status, body);
  }
}
