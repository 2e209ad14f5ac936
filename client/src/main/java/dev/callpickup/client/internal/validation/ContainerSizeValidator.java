package dev.callpickup.client.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import java.util.Collection;

/**
 * {@code @Size} for collections. Registering {@link CodePointSizeValidator} replaces every
 * built-in {@code @Size} validator, so the collection case is declared again here.
 */
public final class ContainerSizeValidator implements ConstraintValidator<Size, Collection<?>> {

  private int min;
  private int max;

  @Override
  public void initialize(Size size) {
    this.min = size.min();
    this.max = size.max();
  }

  @Override
  public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
    return value == null || (value.size() >= min && value.size() <= max);
  }
}
