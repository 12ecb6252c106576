package io.tierline.reports;

import java.math.BigDecimal;

/** An amount with its unit, for example 512.5 "GB-month" or 1200000 "requests". */
public record Quantity(BigDecimal amount, String unit) {
  public Quantity {
    amount = Checks.amount(amount, "quantity.amount");
    Checks.text(unit, "quantity.unit");
  }

  public static Quantity of(String amount, String unit) {
    return new Quantity(new BigDecimal(amount), unit);
  }
}
