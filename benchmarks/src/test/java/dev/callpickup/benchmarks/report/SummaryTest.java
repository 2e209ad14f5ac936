package dev.callpickup.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.benchmarks.Turns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report splits a turn-taking JMH result into its client and baseline iterations. */
class SummaryTest {

  @TempDir
  Path dir;

  @Test
  void turnsRunClientBaselineBaselineClientFromTheFirstWarmUpIteration() {
    boolean[] expected = {true, false, false, true, true, false, false, true};
    for (int i = 0; i < expected.length; i++) {
      assertThat(Turns.isClient(i)).as("iteration %d", i).isEqualTo(expected[i]);
    }
  }

  @Test
  void ratiosComeFromEachSidesOwnIterations() throws Exception {
    // 8 warm-up iterations, so the 4 measured ones are client, baseline, baseline, client.
    String md = summarize("Calls1Thread.get", "JDK", "100.0, 200.0, 200.0, 100.0",
        "3000.0, 1000.0, 1000.0, 3000.0");
    assertThat(md).contains("| 1 | JDK | get | 100 (100-100) | 200 (200-200) | 0.50 | 3000 | 1000 "
        + "| 3.00 | thrpt MISSED, alloc MISSED |");
  }

  @Test
  void aClientAtTheBaselinesSpeedMeetsTheTargets() throws Exception {
    String md = summarize("Calls8Threads.create", "OKHTTP", "95.0, 100.0, 100.0, 95.0",
        "1400.0, 1000.0, 1000.0, 1400.0");
    assertThat(md).contains("| 8 | OKHTTP | create | 95 (95-95) | 100 (100-100) | 0.95 | 1400 "
        + "| 1000 | 1.40 | thrpt met, alloc met |");
  }

  /** Writes a one-result calls.json (8 warm-up iterations), runs the report, returns it. */
  private String summarize(String benchmark, String stack, String scores, String bytes)
      throws Exception {
    Files.writeString(dir.resolve("calls.json"), """
        [ {
          "benchmark" : "dev.callpickup.benchmarks.%s",
          "params" : { "stack" : "%s" },
          "warmupIterations" : 8,
          "primaryMetric" : { "score" : 0, "rawData" : [ [ %s ] ] },
          "secondaryMetrics" : { "gc.alloc.rate.norm" : { "score" : 0, "rawData" : [ [ %s ] ] } }
        } ]
        """.formatted(benchmark, stack, scores, bytes), StandardCharsets.UTF_8);
    Summary.main(new String[] {dir.toString()});
    return Files.readString(dir.resolve("summary.md"), StandardCharsets.UTF_8);
  }
}
