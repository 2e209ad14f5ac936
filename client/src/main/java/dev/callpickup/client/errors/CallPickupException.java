package dev.callpickup.client.errors;

/**
 * Base of every exception the Call Pickup client throws. Unchecked, like the exceptions of
 * stripe-java, openai-java and the AWS SDK: callers catch the subtypes they can act on.
 */
public class CallPickupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong; never holds a token
   * @param cause the underlying failure, or {@code null}
   */
  public CallPickupException(String message, Throwable cause) {
    super(message, cause);
  }
}
