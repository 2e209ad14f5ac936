package dev.callpickup.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The watchdog interrupts late callers, and only them, and only while they are watched. */
@Timeout(20)
class DeadlinesTest {

  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  @Test
  void aCallerStillWaitingAtItsDeadlineIsInterrupted() {
    Deadlines.Deadline d = Deadlines.start(50 * MS);
    long started = System.nanoTime();
    boolean interrupted = false;
    try {
      Thread.sleep(10_000);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    long waitedMs = (System.nanoTime() - started) / MS;
    assertThat(interrupted).isTrue();
    assertThat(d.finish()).isTrue();
    assertThat(waitedMs).isBetween(45L, 5_000L);
  }

  @Test
  void aFinishedCallIsNeverInterruptedLater() throws Exception {
    Deadlines.Deadline d = Deadlines.start(20 * MS);
    assertThat(d.finish()).isFalse();
    Thread.sleep(20 + 3 * Deadlines.TICK_NANOS / MS);
    assertThat(Thread.interrupted()).isFalse();
    assertThat(d.finish()).isFalse();
  }

  @Test
  void manyWatchedThreadsEachGetTheirOwnInterrupt() throws Exception {
    int n = 16;
    AtomicInteger interrupted = new AtomicInteger();
    AtomicInteger finishedReportsFired = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(n);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long timeout = (30 + 5L * i) * MS;
      Thread t = new Thread(() -> {
        Deadlines.Deadline d = Deadlines.start(timeout);
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          interrupted.incrementAndGet();
        } finally {
          if (d.finish()) {
            finishedReportsFired.incrementAndGet();
          }
          done.countDown();
        }
      });
      threads.add(t);
      t.start();
    }
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(interrupted.get()).isEqualTo(n);
    assertThat(finishedReportsFired.get()).isEqualTo(n);
  }

  @Test
  void theWatchdogWakesAgainAfterIdling() throws Exception {
    // Long enough for the watchdog to find nothing in flight and park.
    Thread.sleep(5 * Deadlines.TICK_NANOS / MS);
    Deadlines.Deadline d = Deadlines.start(30 * MS);
    try {
      Thread.sleep(10_000);
    } catch (InterruptedException expected) {
      // the point of the test
    }
    assertThat(d.finish()).isTrue();
  }
}
