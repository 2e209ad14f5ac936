package dev.callpickup.client.internal.paging;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the {@code rel="next"} target in {@code Link} headers (RFC 8288): several header lines,
 * several links per line, parameters in any order, quoted or not, relation lists such as
 * {@code rel="prev next"}. Only {@code next} is used; the URL is returned as written.
 */
public final class LinkHeader {

  private LinkHeader() {
  }

  /**
   * @param headers response headers (any case)
   * @return the URL of the first {@code rel=next} link, or {@code null}
   */
  public static String next(Map<String, Collection<String>> headers) {
    for (Map.Entry<String, Collection<String>> h : headers.entrySet()) {
      if (h.getKey() == null || !h.getKey().equalsIgnoreCase("link")) {
        continue;
      }
      for (String value : h.getValue()) {
        String found = next(value);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * @param value one {@code Link} header value
   * @return the URL of the first {@code rel=next} link in it, or {@code null}
   */
  static String next(String value) {
    if (value == null) {
      return null;
    }
    int i = 0;
    while ((i = value.indexOf('<', i)) >= 0) {
      int close = value.indexOf('>', i);
      if (close < 0) {
        return null;
      }
      String url = value.substring(i + 1, close).trim();
      int comma = separatorAfter(value, close + 1);
      String params = value.substring(close + 1, comma < 0 ? value.length() : comma);
      if (isNext(params)) {
        return url;
      }
      if (comma < 0) {
        return null;
      }
      i = comma + 1;
    }
    return null;
  }

  /** Index of the comma, outside quotes, that ends this link's parameters; -1 if none. */
  private static int separatorAfter(String v, int from) {
    boolean quoted = false;
    for (int i = from; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNext(String params) {
    for (String param : params.split(";")) {
      int eq = param.indexOf('=');
      if (eq < 0 || !param.substring(0, eq).trim().equalsIgnoreCase("rel")) {
        continue;
      }
      String rel = param.substring(eq + 1).trim();
      if (rel.length() >= 2 && rel.startsWith("\"") && rel.endsWith("\"")) {
        rel = rel.substring(1, rel.length() - 1);
      }
      for (String r : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (r.equals("next")) {
          return true;
        }
      }
    }
    return false;
  }
}
