package dev.callpickup.reliability.logcapture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger that hands each formatted line to {@link CapturedLogs}. It is enabled at every level,
 * so that the binding's most verbose logging is exercised, except for the chatty internals of the
 * test servers, which stay at INFO.
 */
final class CapturingLogger extends LegacyAbstractLogger {

  private static final long serialVersionUID = 1L;

  private static final List<String> QUIET_PREFIXES = List.of(
      "org.eclipse.jetty", "wiremock.", "com.github.tomakehurst", "org.wiremock", "net.jqwik",
      "org.apache", "com.networknt", "io.swagger", "com.atlassian", "org.hibernate", "sun.", "jdk.");

  private final boolean verbose;

  CapturingLogger(String name) {
    this.name = name;
    this.verbose = QUIET_PREFIXES.stream().noneMatch(name::startsWith);
  }

  @Override
  public boolean isTraceEnabled() {
    return verbose;
  }

  @Override
  public boolean isDebugEnabled() {
    return verbose;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
    StringBuilder line = new StringBuilder()
        .append(level).append(' ').append(name).append(" - ")
        .append(MessageFormatter.basicArrayFormat(messagePattern, arguments));
    if (throwable != null) {
      // The stack trace is part of what a user would see in a log file, so it is captured too.
      StringWriter trace = new StringWriter();
      throwable.printStackTrace(new PrintWriter(trace));
      line.append(System.lineSeparator()).append(trace);
    }
    CapturedLogs.add(line.toString());
  }
}
