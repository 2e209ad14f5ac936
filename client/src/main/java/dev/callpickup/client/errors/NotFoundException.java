package dev.callpickup.client.errors;

/** HTTP 404 Not Found: no such location or call pickup (an ID changes when a pickup is renamed). */
public class NotFoundException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status
   * @param body what was read from the response
   */
  public NotFoundException(int status, ApiErrors.Body body) {
    super(status, body);
  }
}
