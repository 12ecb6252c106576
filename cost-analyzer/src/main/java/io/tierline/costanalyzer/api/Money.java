package io.tierline.costanalyzer.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where the model's {@code double} amounts become money: rounded to the cent, half
 * up, as {@link BigDecimal}, so that JSON, CSV and reports never carry binary fractions.
 */
public final class Money {

  private Money() {}

  public static BigDecimal of(double amount) {
    if (Double.isNaN(amount) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("amount: must be finite, was " + amount);
    }
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
  }
}
