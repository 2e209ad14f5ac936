package dev.callpickup.reliability.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Regenerates the reliability table (one row per test class: suite, cases, passed, what it proves)
 * from Surefire XML reports and writes it between the markers {@value #START} and {@value #END} of a
 * Markdown file. "What it proves" is the first sentence of the test class's Javadoc, so the text
 * lives next to the test it describes and the counts come only from the reports.
 *
 * <p>Uses only the JDK, so it runs as a single-file program:
 * {@code java ReliabilityTable.java <reports-dir> <test-sources-dir> <markdown-file>}.
 */
public final class ReliabilityTable {

  /** Opening marker; the table replaces everything between it and {@link #END}. */
  public static final String START = "<!-- reliability-table:start -->";
  /** Closing marker. */
  public static final String END = "<!-- reliability-table:end -->";

  /** The line a generated-input test prints (to standard output) to report how many inputs it ran. */
  public static final String GENERATED_PREFIX = "[reliability] generated inputs: ";

  private ReliabilityTable() {}

  /** One test class, as its report counts it. */
  record Suite(String className, int tests, int failures, int errors, int skipped, long generated,
      String proves) {
    int passed() {
      return tests - failures - errors - skipped;
    }

    String simpleName() {
      return className.substring(className.lastIndexOf('.') + 1);
    }
  }

  /** Entry point: {@code <reports-dir> <test-sources-dir> <markdown-file>}. */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ReliabilityTable <surefire-reports-dir> <test-sources-dir> <markdown-file>");
      System.exit(2);
    }
    Path reports = Path.of(args[0]);
    Path sources = Path.of(args[1]);
    Path markdown = Path.of(args[2]);
    String table = render(readSuites(reports, sources));
    Files.writeString(markdown, replaceBetweenMarkers(Files.readString(markdown), table));
    System.out.print(table);
  }

  /** Reads every {@code TEST-*.xml} of {@code reports}, sorted by class name. */
  static List<Suite> readSuites(Path reports, Path sources) throws Exception {
    if (!Files.isDirectory(reports)) {
      throw new IllegalArgumentException("no Surefire reports in " + reports + ": run mvn verify first");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(reports)) {
      files = listing.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no TEST-*.xml in " + reports + ": run mvn verify first");
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // Reports are local files, but there is no reason to let a parser reach for external entities.
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    List<Suite> suites = new ArrayList<>();
    for (Path file : files) {
      Document doc;
      try (InputStream in = Files.newInputStream(file)) {
        doc = factory.newDocumentBuilder().parse(in);
      }
      Element root = doc.getDocumentElement();
      String className = root.getAttribute("name");
      suites.add(new Suite(className, intAttr(root, "tests"), intAttr(root, "failures"),
          intAttr(root, "errors"), intAttr(root, "skipped"),
          generatedInputs(reports.resolve(className + "-output.txt")),
          firstJavadocSentence(sources, className).orElse("(no class Javadoc)")));
    }
    suites.sort(Comparator.comparing(Suite::simpleName));
    return suites;
  }

  /**
   * Generated-input tests run many inputs inside one test case; they print
   * {@value #GENERATED_PREFIX}{@code <n>} once per test, and the table shows the sum.
   */
  static long generatedInputs(Path output) throws IOException {
    if (!Files.isRegularFile(output)) {
      return 0;
    }
    long sum = 0;
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      if (line.startsWith(GENERATED_PREFIX)) {
        sum += Long.parseLong(line.substring(GENERATED_PREFIX.length()).trim());
      }
    }
    return sum;
  }

  private static int intAttr(Element element, String name) {
    String value = element.getAttribute(name);
    return value.isEmpty() ? 0 : Integer.parseInt(value);
  }

  /** The first sentence of the Javadoc right before the class declaration, in plain text. */
  static Optional<String> firstJavadocSentence(Path sources, String className) throws IOException {
    Path file = sources.resolve(className.replace('.', '/') + ".java");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String simpleName = className.substring(className.lastIndexOf('.') + 1);
    String source = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("/\\*\\*(.*?)\\*/\\s*(?:(?://[^\\n]*|@[\\w.]+(?:\\([^)]*\\))?)\\s*)*"
        + "(?:public\\s+|final\\s+|abstract\\s+)*class\\s+" + Pattern.quote(simpleName) + "\\b",
        Pattern.DOTALL).matcher(source);
    if (!m.find()) {
      return Optional.empty();
    }
    String text = m.group(1)
        .replaceAll("(?m)^\\s*\\*\\s?", " ")
        .replaceAll("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}", "$1")
        .replaceAll("<[^>]+>", "")
        .replaceAll("\\s+", " ")
        .trim();
    // A sentence ends at a period followed by a space (or the end), as in Javadoc's own summary.
    Matcher sentence = Pattern.compile("^(.*?\\.)(?:\\s|$)").matcher(text);
    String first = sentence.find() ? sentence.group(1) : text;
    return Optional.of(first.replace("|", "\\|"));
  }

  /** The Markdown table, with a total row. */
  static String render(List<Suite> suites) {
    StringBuilder out = new StringBuilder()
        .append("| Suite | Cases | Passed | What it proves |\n")
        .append("|---|---:|---:|---|\n");
    int cases = 0;
    int passed = 0;
    for (Suite s : suites) {
      out.append("| `").append(s.simpleName()).append("` | ").append(s.tests())
          .append(s.generated() > 0
              ? String.format(Locale.ROOT, " (%,d generated inputs)", s.generated()) : "")
          .append(" | ").append(s.passed()).append(" | ").append(s.proves()).append(" |\n");
      cases += s.tests();
      passed += s.passed();
    }
    out.append("| **Total** | **").append(cases).append("** | **").append(passed).append("** | |\n");
    return out.toString();
  }

  /** Replaces what lies between the markers; fails if they are missing or out of order. */
  static String replaceBetweenMarkers(String document, String table) {
    int start = document.indexOf(START);
    int end = document.indexOf(END);
    if (start < 0 || end < 0 || end < start) {
      throw new IllegalArgumentException("the file needs the lines " + START + " and " + END + ", in that order");
    }
    return document.substring(0, start + START.length()) + "\n" + table + document.substring(end);
  }
}
