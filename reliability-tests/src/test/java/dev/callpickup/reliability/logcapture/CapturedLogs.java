package dev.callpickup.reliability.logcapture;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every log line written through SLF4J in this test JVM, in order. The lines are also echoed to
 * standard error so that they end up in the Surefire output files, where the report scan sees them.
 */
public final class CapturedLogs {

  private static final List<String> LINES = new CopyOnWriteArrayList<>();

  private CapturedLogs() {}

  static void add(String line) {
    LINES.add(line);
    System.err.println(line);
  }

  /** A snapshot of every line captured so far. */
  public static List<String> lines() {
    return List.copyOf(LINES);
  }

  /** How many lines have been captured so far (use it as a mark, then read {@link #since}). */
  public static int size() {
    return LINES.size();
  }

  /** The lines captured after {@code mark}. */
  public static List<String> since(int mark) {
    List<String> all = lines();
    return all.subList(Math.min(mark, all.size()), all.size());
  }
}
