package dev.callpickup.client;

import feign.Logger;

/**
 * How much HTTP traffic the client logs, through SLF4J logger {@code dev.callpickup.client.http}
 * at DEBUG. {@code Authorization} and cookies are never logged, at any level.
 */
public enum LogLevel {
  /** Nothing (the default). */
  NONE(Logger.Level.NONE),
  /** Request method and URL, response status and time, retries. */
  BASIC(Logger.Level.BASIC),
  /** {@link #BASIC} plus headers, minus credentials. */
  HEADERS(Logger.Level.HEADERS),
  /** {@link #HEADERS} plus bodies. */
  FULL(Logger.Level.FULL);

  private final Logger.Level feignLevel;

  LogLevel(Logger.Level feignLevel) {
    this.feignLevel = feignLevel;
  }

  Logger.Level feignLevel() {
    return feignLevel;
  }
}
