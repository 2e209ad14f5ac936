package dev.callpickup.client.internal.feign;

import dev.callpickup.client.errors.RequestValidationException;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Adds {@code Authorization} (asked from the token supplier on every attempt, so a refreshed
 * token is picked up) and {@code User-Agent}. A token holding CR or LF, which could smuggle
 * extra headers, is refused; its value is never echoed.
 */
public final class StandardHeaders implements RequestInterceptor {

  private final Supplier<String> token;
  private final String userAgent;

  /**
   * @param token supplies the bearer token
   * @param userAgent the {@code User-Agent} value
   */
  public StandardHeaders(Supplier<String> token, String userAgent) {
    this.token = token;
    this.userAgent = userAgent;
  }

  /**
   * The rule every token must meet, whether given once or supplied per attempt.
   *
   * @param token a bearer token, possibly {@code null}
   * @return {@code "token: <rule> (value hidden)"} for the rule it breaks, or {@code null} if
   *     it is fine; never the token itself
   */
  public static String tokenViolation(String token) {
    if (token == null || token.isBlank()) {
      return "token: must not be blank (value hidden)";
    }
    if (token.indexOf('\r') >= 0 || token.indexOf('\n') >= 0) {
      // Checked before stripping: a CR/LF anywhere means the value is not what the caller meant.
      return "token: must not contain CR or LF (value hidden)";
    }
    return null;
  }

  @Override
  public void apply(RequestTemplate template) {
    String t = token.get();
    String problem = tokenViolation(t);
    if (problem != null) {
      throw new RequestValidationException(List.of(problem));
    }
    template.removeHeader("Authorization");
    template.headerLiteral("Authorization", "Bearer " + t.strip());
    template.removeHeader("User-Agent");
    template.headerLiteral("User-Agent", userAgent);
    // No other header needs a CR/LF check: Accept and Content-Type are literals of the generated
    // interface, TrackingID is generated here, and the User-Agent was checked by the builder.
  }
}
