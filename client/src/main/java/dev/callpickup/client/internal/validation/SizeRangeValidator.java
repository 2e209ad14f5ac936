package dev.callpickup.client.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.constraints.Size;

/** The bounds of a {@code @Size}; subclasses say how the size of their type is counted. */
abstract class SizeRangeValidator<T> implements ConstraintValidator<Size, T> {

  private int min;
  private int max;

  @Override
  public final void initialize(Size size) {
    this.min = size.min();
    this.max = size.max();
  }

  /** @return whether a size of {@code n} is within the bounds */
  final boolean within(int n) {
    return n >= min && n <= max;
  }
}
