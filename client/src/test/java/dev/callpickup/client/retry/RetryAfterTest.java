package dev.callpickup.client.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-12-03T14:00:00Z");

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "30                            | PT30S",
      "' 0 '                         | PT0S",
      "Thu, 03 Dec 2026 14:00:45 GMT | PT45S",
      "Thu, 03 Dec 2026 13:00:00 GMT | PT0S",
      "rand(30),add(30)              | none",
      "-5                            | none",
      "1.5                           | none",
      "99999999999999999999          | none",
      "''                            | none",
      "none                          | none"})
  void readsSecondsAndDatesAndRejectsEverythingElse(String raw, String expected) {
    assertThat(RetryAfter.parse(raw, NOW).orElse(null))
        .isEqualTo(expected == null ? null : Duration.parse(expected));
  }
}
