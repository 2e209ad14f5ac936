package dev.callpickup.reliability.support;

import dev.callpickup.reliability.table.ReliabilityTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A small, deterministic generated-input runner: {@code tries} inputs from a seeded random source,
 * each checked, every failure kept with the index that reproduces it. The seed is fixed per test
 * so CI runs the same inputs every time; {@code -Dreliability.seed=<n>} explores other ones.
 *
 * <p>Hand-rolled on purpose: jqwik, the usual JUnit Platform engine for this, carries a usage
 * clause against AI-assisted projects from 1.10 on, and this project is written with AI help.
 */
public final class GeneratedInputs {

  /** Checks one generated input; throws {@link AssertionError} (or anything) when it fails. */
  @FunctionalInterface
  public interface Check<T> {
    void check(T input) throws Exception;
  }

  private GeneratedInputs() {}

  /** The seed for a test: the fixed default, unless {@code reliability.seed} overrides it. */
  public static long seed(long fixedDefault) {
    String override = System.getProperty("reliability.seed");
    return override == null || override.isBlank() ? fixedDefault : Long.parseLong(override.trim());
  }

  /**
   * Runs {@code tries} generated inputs and fails with a report of the first few failures (each
   * with its seed and index) if any input failed.
   *
   * @param describe renders an input for the failure report (keep secrets out of it)
   */
  public static <T> void run(String name, long seed, int tries, Function<SplittableRandom, T> generator,
      Function<T, String> describe, Check<T> check) {
    SplittableRandom root = new SplittableRandom(seed);
    List<String> failures = new ArrayList<>();
    int failed = 0;
    for (int i = 0; i < tries; i++) {
      // Each input gets its own split stream, so input i is the same whatever input i-1 consumed.
      T input = generator.apply(root.split());
      try {
        check.check(input);
      } catch (Exception | AssertionError e) {
        failed++;
        if (failures.size() < 5) {
          failures.add("#" + i + ": " + describe.apply(input) + "\n    -> " + e);
        }
      }
    }
    System.out.println(ReliabilityTable.GENERATED_PREFIX + tries);
    if (failed > 0) {
      throw new AssertionError(name + ": " + failed + " of " + tries + " generated inputs failed (seed "
          + seed + "); first ones:\n  " + String.join("\n  ", failures));
    }
  }
}
