package dev.callpickup.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whose turn an iteration is: the client's or the baseline's. Both run in the same fork and take
 * turns by iteration in the order client, baseline, baseline, client (repeated), warm-up
 * included. On a shared two-core VM the speed of the machine drifts by 2x within minutes; forks
 * run one after another measured that drift as much as the code. Taking turns in one JVM exposes
 * both sides to the same machine, and the ABBA order cancels a steady drift.
 */
@State(Scope.Benchmark)
public class Turns {

  private int iteration;
  private volatile boolean client;

  /** Moves to the next iteration's side; JMH calls it before every iteration. */
  @Setup(Level.Iteration)
  public void next() {
    client = isClient(iteration++);
  }

  /** @return whether this iteration measures the client */
  public boolean client() {
    return client;
  }

  /**
   * @param iteration the index of an iteration in its fork, warm-up iterations first, from 0
   * @return whether that iteration measured the client (ABBA order)
   */
  public static boolean isClient(int iteration) {
    int i = iteration % 4;
    return i == 0 || i == 3;
  }
}
