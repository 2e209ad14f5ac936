package dev.callpickup.client.errors;

import java.util.List;

/**
 * A request broke the API contract and was not sent. Thrown before anything goes on the wire;
 * lists every violation found, each as {@code field: rule (value)}.
 */
public class RequestValidationException extends CallPickupException {
  private static final long serialVersionUID = 1L;

  private final List<String> violations;

  /** @param violations every violation, each as {@code field: rule (value)}; at least one */
  public RequestValidationException(List<String> violations) {
    super("Request not sent, " + violations.size() + " violation(s): " + String.join("; ", violations),
        null);
    this.violations = List.copyOf(violations);
  }

  /** @return every violation, each as {@code field: rule (value)} */
  public List<String> violations() {
    return violations;
  }
}
