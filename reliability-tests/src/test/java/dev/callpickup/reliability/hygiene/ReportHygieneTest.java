package dev.callpickup.reliability.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.reliability.support.FakeTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No fake token (this module's, or one found in any module's test sources) appears in any file
 * under any module's {@code target/surefire-reports}: reports, captured output and logs included.
 * Runs after every other test class of this module ({@code @Order}, see junit-platform.properties),
 * whether they passed or not, and this module is the last of the build.
 */
@Order(Integer.MAX_VALUE)
class ReportHygieneTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path ROOT = MODULE.getParent();
  /** Literal tokens handed to a client or sandbox in test sources: {@code .token("...")}, {@code TOKEN = "..."}. */
  private static final Pattern TOKEN_LITERAL = Pattern.compile(
      "(?:\\.token\\(\\s*|TOKEN\\s*=\\s*)\"([^\"\\\\]{8,})\"");

  /** Every fake token to look for. */
  static Set<String> tokens() throws IOException {
    Set<String> tokens = new LinkedHashSet<>(FakeTokens.everywhere());
    for (Path module : modules()) {
      Path tests = module.resolve("src/test");
      if (Files.isDirectory(tests)) {
        try (Stream<Path> files = Files.walk(tests)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
            Matcher m = TOKEN_LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
              tokens.add(m.group(1));
            }
          }
        }
      }
    }
    return tokens;
  }

  /** Every module directory: those with a pom.xml, nested ones (examples/quickstart) included. */
  static List<Path> modules() throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT, 3)) {
      return walk.filter(p -> !p.toString().contains("node_modules") && !p.toString().contains("/."))
          .filter(p -> !p.getFileName().toString().equals("target") && !p.toString().contains("/target/"))
          .filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).filter(p -> !p.equals(ROOT)).toList();
    }
  }

  /** Every file of every module's Surefire and Failsafe report directories. */
  static List<Path> reportFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path module : modules()) {
      for (String dir : List.of("target/surefire-reports", "target/failsafe-reports")) {
        Path reports = module.resolve(dir);
        if (Files.isDirectory(reports)) {
          try (Stream<Path> walk = Files.walk(reports)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
          }
        }
      }
    }
    return files;
  }

  @Test
  void noFakeTokenInAnyReportOfAnyModule() throws IOException {
    Set<String> tokens = tokens();
    List<Path> files = reportFiles();
    System.out.println("report hygiene: " + tokens.size() + " fake tokens, " + files.size() + " report files of "
        + modules().stream().map(m -> ROOT.relativize(m).toString()).toList());

    assertThat(tokens).as("tokens found in the test sources").contains(FakeTokens.CLIENT, FakeTokens.SANDBOX)
        .hasSizeGreaterThan(FakeTokens.ours().size());
    // Not a vacuous scan: this module's captured client logs are among the files.
    assertThat(files).as("this module's reports").anyMatch(p -> p.startsWith(MODULE)
        && p.getFileName().toString().endsWith("-output.txt") && contains(p, "dev.callpickup.client.http"));

    List<String> leaks = new ArrayList<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      int i = 0;
      for (String token : tokens) {
        i++;
        int at = Math.max(utf8.indexOf(token), text.indexOf(token));
        if (at >= 0) {
          // Name the file, the line and which token (by number), never the token itself.
          long line = utf8.substring(0, Math.min(at, utf8.length())).chars().filter(c -> c == '\n').count() + 1;
          leaks.add(ROOT.relativize(file) + ":" + line + " holds fake token #" + i);
        }
      }
    }
    assertThat(leaks).as("fake tokens in reports").isEmpty();
  }

  private static boolean contains(Path file, String text) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1).contains(text);
    } catch (IOException e) {
      return false;
    }
  }
}
