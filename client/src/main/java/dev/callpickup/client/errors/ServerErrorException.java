package dev.callpickup.client.errors;

/** HTTP 5xx: the server failed; GET, PUT and DELETE were retried per the retry policy before this was thrown. */
public class ServerErrorException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status
   * @param body what was read from the response
   */
  public ServerErrorException(int status, ApiErrors.Body body) {
    super(status, body);
  }
}
