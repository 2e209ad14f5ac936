package dev.callpickup.client.errors;

/**
 * The call failed without a usable HTTP answer: an I/O error, a timeout, an interrupted wait, or
 * a success response whose body could not be read. The server may or may not have acted on it.
 */
public class TransportException extends CallPickupException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong; never holds a token
   * @param cause the underlying failure, or {@code null}
   */
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
