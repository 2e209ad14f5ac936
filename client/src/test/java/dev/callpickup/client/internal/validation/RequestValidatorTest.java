package dev.callpickup.client.internal.validation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callpickup.client.errors.RequestValidationException;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The code-point {@code @Size} replaces every built-in {@code @Size} validator, so collection
 * sizes (a future {@code minItems}/{@code maxItems}) must still be checked.
 */
class RequestValidatorTest {

  static final class Bean {
    @Size(min = 1, max = 2)
    List<String> items;

    @Size(max = 2)
    String text;

    Bean(List<String> items, String text) {
      this.items = items;
      this.text = text;
    }
  }

  private static final Map<String, Object> LOCATION = Map.of("locationId", "TE9D");

  @Test
  void collectionSizesAreStillValidated() {
    assertThatThrownBy(() -> RequestValidator.shared().validate("listCallPickups", LOCATION,
        new Bean(List.of("a", "b", "c"), "ok")))
        .isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("items: size must be between 1 and 2 ([a, b, c])");
    assertThatCode(() -> RequestValidator.shared().validate("listCallPickups", LOCATION,
        new Bean(List.of("a"), "\uD83D\uDE00\uD83D\uDE00"))).doesNotThrowAnyException();
  }

  @Test
  void anUnknownOperationIsAProgrammingError() {
    assertThatThrownBy(() -> RequestValidator.shared().validate("nope", Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
