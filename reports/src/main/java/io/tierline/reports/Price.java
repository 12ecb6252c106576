package io.tierline.reports;

import java.math.BigDecimal;

/**
 * A unit price used in the report, for example 0.08 "USD per GB-month" for "Disk (EBS gp3)". The
 * amount is kept exactly, not rounded like costs: a price per request can be far below a millionth.
 */
public record Price(String item, BigDecimal amount, String unit, String source) {
  public Price {
    Checks.text(item, "price.item");
    amount = Checks.price(amount, "price.amount");
    Checks.text(unit, "price.unit");
    Checks.text(source, "price.source");
  }
}
