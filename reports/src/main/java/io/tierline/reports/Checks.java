package io.tierline.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Field checks shared by the report's records; each failure names the field. */
final class Checks {
  private Checks() {}

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidReportException(field, "is required");
    }
    return value;
  }

  static String text(String value, String field) {
    if (required(value, field).isBlank()) {
      throw new InvalidReportException(field, "must not be blank");
    }
    return value;
  }

  /**
   * Rounds once, here, to the report's fixed scale, so every format prints and sums the same value.
   * Rejects negatives and amounts too large for the Parquet decimal column.
   */
  static BigDecimal amount(BigDecimal value, String field) {
    BigDecimal scaled =
        required(value, field).setScale(Report.DECIMAL_SCALE, RoundingMode.HALF_EVEN);
    if (scaled.signum() < 0) {
      throw new InvalidReportException(field, "must be zero or more, was " + value.toPlainString());
    }
    if (scaled.precision() > Report.DECIMAL_PRECISION) {
      throw new InvalidReportException(
          field,
          "is too large (at most "
              + (Report.DECIMAL_PRECISION - Report.DECIMAL_SCALE)
              + " digits before the decimal point), was "
              + value.toPlainString());
    }
    return scaled;
  }

  /** A unit price: kept exactly as given, since prices can be far smaller than a millionth. */
  static BigDecimal price(BigDecimal value, String field) {
    if (required(value, field).signum() < 0) {
      throw new InvalidReportException(field, "must be zero or more, was " + value.toPlainString());
    }
    return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
  }

  static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new InvalidReportException(field, "must be zero or more, was " + value);
    }
    return value;
  }
}
