package dev.callpickup.client.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/**
 * {@code @Size} for collections. Registering {@link CodePointSizeValidator} replaces every
 * built-in {@code @Size} validator, so the collection case is declared again here.
 */
public final class ContainerSizeValidator extends SizeRangeValidator<Collection<?>> {

  @Override
  public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
    return value == null || within(value.size());
  }
}
