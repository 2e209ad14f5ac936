package dev.callpickup.reliability.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliability-table generator counts cases from Surefire reports, takes each suite's meaning
 * from its class Javadoc, and rewrites only the text between the markers.
 */
class ReliabilityTableTest {

  @TempDir Path dir;

  private Path reports;
  private Path sources;

  private void fixture() throws Exception {
    reports = Files.createDirectories(dir.resolve("reports"));
    sources = Files.createDirectories(dir.resolve("src/x/y"));
    Files.writeString(reports.resolve("TEST-x.y.BetaTest.xml"),
        "<?xml version=\"1.0\"?><testsuite name=\"x.y.BetaTest\" tests=\"7\" failures=\"1\""
            + " errors=\"1\" skipped=\"0\"><testcase name=\"a\"/></testsuite>");
    Files.writeString(reports.resolve("TEST-x.y.AlphaTest.xml"),
        "<?xml version=\"1.0\"?><testsuite name=\"x.y.AlphaTest\" tests=\"3\" failures=\"0\""
            + " errors=\"0\" skipped=\"0\"/>");
    Files.writeString(reports.resolve("x.y.AlphaTest.txt"), "not a report");
    Files.writeString(reports.resolve("x.y.AlphaTest-output.txt"), "noise\n"
        + ReliabilityTable.GENERATED_PREFIX + "1500\n" + ReliabilityTable.GENERATED_PREFIX + "9000\n");
    Files.writeString(reports.resolve("x.y.AlphaTest-output.txt"),
        "noise\n" + ReliabilityTable.GENERATED_PREFIX + "1500\n" + ReliabilityTable.GENERATED_PREFIX + "9000\n");
    Files.writeString(sources.resolve("AlphaTest.java"),
        "package x.y;\n/**\n * Alpha proves {@code a|b} holds. More text here.\n */\n// why the tag\n@Tag(\"t\")\n@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)\nclass AlphaTest {}\n");
    Files.writeString(sources.resolve("BetaTest.java"), "package x.y;\nclass BetaTest {}\n");
  }

  @Test
  void writesTheTableBetweenTheMarkersAndKeepsTheRest() throws Exception {
    fixture();
    Path md = dir.resolve("README.md");
    Files.writeString(md, "# Title\nbefore\n" + ReliabilityTable.START + "\nold table\n"
        + ReliabilityTable.END + "\nafter\n");

    ReliabilityTable.main(new String[] {reports.toString(), dir.resolve("src").toString(), md.toString()});

    String expected = "# Title\nbefore\n" + ReliabilityTable.START + "\n"
        + "| Suite | Cases | Passed | What it proves |\n"
        + "|---|---:|---:|---|\n"
        + "| `AlphaTest` | 3 (10,500 generated inputs) | 3 | Alpha proves a\\|b holds. |\n"
        + "| `BetaTest` | 7 | 5 | (no class Javadoc) |\n"
        + "| **Total** | **10** | **8** | |\n"
        + ReliabilityTable.END + "\nafter\n";
    assertThat(Files.readString(md)).isEqualTo(expected);

    // Running it again changes nothing.
    ReliabilityTable.main(new String[] {reports.toString(), dir.resolve("src").toString(), md.toString()});
    assertThat(Files.readString(md)).isEqualTo(expected);
  }

  @Test
  void refusesAFileWithoutMarkers() {
    assertThatThrownBy(() -> ReliabilityTable.replaceBetweenMarkers("no markers", "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ReliabilityTable.START);
    assertThatThrownBy(() -> ReliabilityTable.replaceBetweenMarkers(
        ReliabilityTable.END + ReliabilityTable.START, "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAMissingReportDirectory() {
    assertThatThrownBy(() -> ReliabilityTable.readSuites(dir.resolve("nope"), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mvn verify");
  }
}
