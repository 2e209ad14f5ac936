package dev.callpickup.client.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

/**
 * {@code @Size} for strings counted in Unicode code points, as JSON Schema counts
 * {@code minLength}/{@code maxLength}. The built-in validator counts UTF-16 units, so a name of
 * 80 emoji (160 units) would be refused although the spec allows it.
 */
public final class CodePointSizeValidator implements ConstraintValidator<Size, CharSequence> {

  private int min;
  private int max;

  @Override
  public void initialize(Size size) {
    this.min = size.min();
    this.max = size.max();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int n = Character.codePointCount(value, 0, value.length());
    return n >= min && n <= max;
  }
}
