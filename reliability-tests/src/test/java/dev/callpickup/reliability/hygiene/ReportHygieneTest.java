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
import org.junit.jupiter.api.Test;

/**
 * No fake token (this module's, or one found in any module's test sources) appears in any file
 * under any module's {@code target/surefire-reports}: reports, captured output and logs included.
 * Runs in its own Surefire execution after all other tests, as the last module of the build.
 */
class ReportHygieneTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path ROOT = MODULE.getParent();
  /** Literal tokens handed to a client or sandbox in test sources: {@code .token("...")}, {@code TOKEN = "..."}. */
  private static final Pattern TOKEN_LITERAL = Pattern.compile(
      "(?:\\.token\\(\\s*|TOKEN\\s*=\\s*)\"([^\"\\\\]{8,})\"");

  /** Every fake token to look for. */
  static Set<String> tokens() throws IOException {
    Set<String> tokens = new LinkedHashSet<>(FakeTokens.everywhere());
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path tests = module.resolve("src/test");
        if (!Files.isDirectory(tests)) {
          continue;
        }
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

  /** Every file of every module's Surefire and Failsafe report directories. */
  static List<Path> reportFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        for (String dir : List.of("target/surefire-reports", "target/failsafe-reports")) {
          Path reports = module.resolve(dir);
          if (Files.isDirectory(reports)) {
            try (Stream<Path> walk = Files.walk(reports)) {
              walk.filter(Files::isRegularFile).forEach(files::add);
            }
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
    System.out.println("report hygiene: " + tokens.size() + " fake tokens, " + files.size() + " report files");

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
