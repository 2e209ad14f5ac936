package dev.callpickup.client.internal.transport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Interrupts callers whose deadline has passed. One daemon thread serves every transport, and it
 * wakes on a fixed tick rather than once per call: a per-call timer woke another thread for
 * every request, and on a busy two-core machine that hand-off cost more than the request. A call
 * only joins a set, so a deadline fires up to one {@link #TICK_NANOS tick} late. When no call is
 * in flight the thread parks until the next one arrives.
 */
final class Deadlines {

  /** How late a deadline may fire: small next to any sensible read timeout. */
  static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private static final Set<Deadline> IN_FLIGHT = ConcurrentHashMap.newKeySet();
  private static final Thread WATCHDOG = startWatchdog();
  /** Set while the watchdog is parked for lack of work; read by callers to wake it. */
  private static volatile boolean idle;

  private Deadlines() {
  }

  /**
   * Starts watching the calling thread.
   *
   * @param timeoutNanos how long the caller may take
   * @return the deadline; the caller must {@link Deadline#finish() finish} it in a finally block
   */
  static Deadline start(long timeoutNanos) {
    Deadline d = new Deadline(Thread.currentThread(), System.nanoTime() + timeoutNanos);
    IN_FLIGHT.add(d);
    if (idle) {
      LockSupport.unpark(WATCHDOG);
    }
    return d;
  }

  private static Thread startWatchdog() {
    Thread t = new Thread(Deadlines::watch, "call-pickup-read-timeout");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void watch() {
    while (true) {
      if (IN_FLIGHT.isEmpty()) {
        idle = true;
        // Checked again after announcing: a caller that added itself before seeing idle set
        // is found here; one that added itself after will unpark this thread.
        if (IN_FLIGHT.isEmpty()) {
          LockSupport.park(Deadlines.class);
        }
        idle = false;
        continue;
      }
      LockSupport.parkNanos(Deadlines.class, TICK_NANOS);
      long now = System.nanoTime();
      for (Deadline d : IN_FLIGHT) {
        if (now - d.at >= 0) {
          try {
            d.fire();
          } catch (RuntimeException e) {
            // An interrupt refused (a security manager) must not stop the watch of the others.
          }
        }
      }
    }
  }

  /**
   * One watched call. Both sides synchronize, so once {@link #finish()} returns no late
   * interrupt can reach the caller.
   */
  static final class Deadline {
    private final Thread caller;
    private final long at;
    private boolean finished;
    private boolean fired;

    private Deadline(Thread caller, long at) {
      this.caller = caller;
      this.at = at;
    }

    private synchronized void fire() {
      if (!finished && !fired) {
        fired = true;
        caller.interrupt();
      }
    }

    /**
     * Stops watching the call.
     *
     * @return whether the deadline interrupted the caller
     */
    synchronized boolean finish() {
      if (!finished) {
        finished = true;
        IN_FLIGHT.remove(this);
      }
      return fired;
    }
  }
}
