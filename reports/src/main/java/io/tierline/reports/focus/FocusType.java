package io.tierline.reports.focus;

import io.tierline.reports.Report;
import io.tierline.reports.Sku;

/** How a column is typed in Parquet; CSV prints every type as text. */
public enum FocusType {
  /** Instant, Parquet TIMESTAMP(MICROS, UTC). */
  TIMESTAMP("TIMESTAMP (UTC)"),
  /** BigDecimal cost or quantity, Parquet DECIMAL(18, 6). */
  DECIMAL("DECIMAL(" + Report.DECIMAL_PRECISION + ", " + Report.DECIMAL_SCALE + ")"),
  /** BigDecimal unit price, Parquet DECIMAL(18, 12). */
  PRICE("DECIMAL(" + Report.DECIMAL_PRECISION + ", " + Sku.PRICE_SCALE + ")"),
  /** String, Parquet UTF-8 string. */
  STRING("STRING"),
  /** Long, Parquet INT64. */
  INT64("INT64");

  private final String parquetName;

  FocusType(String parquetName) {
    this.parquetName = parquetName;
  }

  /** The type as the docs name it. */
  public String parquetName() {
    return parquetName;
  }

  /** Decimal places of a DECIMAL or PRICE column. */
  public int scale() {
    return this == PRICE ? Sku.PRICE_SCALE : Report.DECIMAL_SCALE;
  }
}
