package dev.callpickup.reliability.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/** Checks that no fake token shows up in what a user of the client can see. */
public final class Leaks {

  private Leaks() {}

  /**
   * Fails if a fake token appears in the throwable's message, {@code toString()} or stack trace,
   * or in any of its causes or suppressed exceptions. The failure message never holds the token.
   */
  public static void assertNoToken(Throwable thrown) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = thrown; t != null && !seen.containsKey(t); t = t.getCause()) {
      seen.put(t, true);
      assertNoToken("message of " + t.getClass().getName(), t.getMessage());
      assertNoToken("toString() of " + t.getClass().getName(), t.toString());
      for (Throwable s : t.getSuppressed()) {
        assertNoToken(s);
      }
    }
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertNoToken("stack trace of " + thrown.getClass().getName(), trace.toString());
  }

  /** Fails if any fake token occurs in {@code text}; {@code where} names the place, not the token. */
  public static void assertNoToken(String where, String text) {
    if (text == null) {
      return;
    }
    for (String token : FakeTokens.ours()) {
      int at = text.indexOf(token);
      if (at >= 0) {
        throw new AssertionError("a fake token leaked into the " + where + " at offset " + at
            + ": ..." + mask(text.substring(Math.max(0, at - 60), at)) + "<TOKEN>");
      }
    }
  }

  /** Fails if a fake token appears in any of the lines. */
  public static void assertNoToken(String where, Collection<String> lines) {
    int i = 0;
    for (String line : lines) {
      assertNoToken(where + " (line " + i++ + ")", line);
    }
  }

  private static String mask(String s) {
    return s.replace('\r', ' ').replace('\n', ' ');
  }
}
