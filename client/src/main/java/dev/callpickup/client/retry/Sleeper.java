package dev.callpickup.client.retry;

import java.time.Duration;

/**
 * Waits between attempts. The default is {@link Thread#sleep}; tests plug in one that records
 * the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {

  /** The real clock. */
  Sleeper THREAD_SLEEP = d -> Thread.sleep(d.toMillis());

  /**
   * @param duration how long to wait
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
