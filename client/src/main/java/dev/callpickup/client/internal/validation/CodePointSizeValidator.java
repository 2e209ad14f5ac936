package dev.callpickup.client.internal.validation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * {@code @Size} for strings counted in Unicode code points, as JSON Schema counts
 * {@code minLength}/{@code maxLength}. The built-in validator counts UTF-16 units, so a name of
 * 80 emoji (160 units) would be refused although the spec allows it.
 */
public final class CodePointSizeValidator extends SizeRangeValidator<CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || within(Character.codePointCount(value, 0, value.length()));
  }
}
