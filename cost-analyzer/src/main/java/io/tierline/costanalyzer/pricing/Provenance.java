package io.tierline.costanalyzer.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Every price names where it came from and when, so that finance can check it against the source.
 */
final class Provenance {

  /** Decimal places a price may have. */
  static final int MAX_DECIMALS = 6;

  private Provenance() {}

  static void check(String source, String date) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source: is required (where the price was published)");
    }
    if (date == null || date.isBlank()) {
      throw new IllegalArgumentException("date: is required (when the price was read, YYYY-MM-DD)");
    }
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date: must be YYYY-MM-DD, was \"" + date + "\"", e);
    }
  }

  static double price(String field, Double value) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required (a price >= 0)");
    }
    if (!(value >= 0) || value.isInfinite()) {
      throw new IllegalArgumentException(field + ": must be a price >= 0, was " + value);
    }
    // Reports carry unit prices as DECIMAL(18, 6), and price x quantity exactly.
    if (BigDecimal.valueOf(value).stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          field
              + ": must have at most "
              + MAX_DECIMALS
              + " decimals (quote a smaller price per a larger unit), was "
              + BigDecimal.valueOf(value).toPlainString());
    }
    return value;
  }
}
