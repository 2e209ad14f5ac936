package dev.callpickup.client.internal.feign;

import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Masks the request's bearer token wherever a response repeats it. Some gateways echo request
 * headers into their error pages; whatever the client derives from a response (exception
 * messages, excerpts, logged bodies and headers) must not repeat the token. The token is taken
 * from the request's own {@code Authorization} header, so a refreshed token is masked too.
 */
public final class EchoedToken {

  /** What replaces the token. */
  public static final String MASK = "[hidden]";

  private static final String BEARER = "bearer ";

  private EchoedToken() {
  }

  /**
   * @param request the request a response answers, or {@code null}
   * @return its bearer token, or {@code null} when it carried none
   */
  public static String of(Request request) {
    if (request == null) {
      return null;
    }
    for (Map.Entry<String, Collection<String>> h : request.headers().entrySet()) {
      if ("authorization".equalsIgnoreCase(h.getKey())) {
        for (String value : h.getValue()) {
          if (value != null && value.length() > BEARER.length()
              && value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            String token = value.substring(BEARER.length()).trim();
            return token.isEmpty() ? null : token;
          }
        }
      }
    }
    return null;
  }

  /**
   * @param text text derived from a response, or {@code null}
   * @param token the token to hide, or {@code null}
   * @return the text with every occurrence of the token replaced by {@link #MASK}
   */
  public static String mask(String text, String token) {
    if (text == null || token == null || !text.contains(token)) {
      return text;
    }
    return text.replace(token, MASK);
  }

  /**
   * @param body a response body, read as UTF-8
   * @param token the token to hide, or {@code null}
   * @return the body itself when it does not hold the token, else a masked copy
   */
  public static byte[] mask(byte[] body, String token) {
    if (body == null || token == null) {
      return body;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    return text.contains(token) ? mask(text, token).getBytes(StandardCharsets.UTF_8) : body;
  }

  /**
   * @param headers response headers
   * @param token the token to hide, or {@code null}
   * @return the headers with the token masked in every value
   */
  public static Map<String, Collection<String>> mask(Map<String, Collection<String>> headers,
      String token) {
    Map<String, Collection<String>> masked = new LinkedHashMap<>();
    headers.forEach((name, values) -> {
      List<String> copy = new ArrayList<>(values.size());
      values.forEach(v -> copy.add(mask(v, token)));
      masked.put(name, copy);
    });
    return masked;
  }

  /**
   * @param t a failure, possibly caused by reading a response
   * @param token the token, or {@code null}
   * @return whether the message of {@code t} or of any of its causes holds the token
   */
  public static boolean isIn(Throwable t, String token) {
    if (token == null) {
      return false;
    }
    Throwable c = t;
    for (int depth = 0; c != null && depth < 20; depth++, c = c.getCause()) {
      if (c.getMessage() != null && c.getMessage().contains(token)) {
        return true;
      }
    }
    return false;
  }
}
