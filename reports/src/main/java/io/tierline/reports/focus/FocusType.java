package io.tierline.reports.focus;

import io.tierline.reports.Report;

/** How a column is typed in Parquet; CSV prints every type as text. */
public enum FocusType {
  /** Instant, Parquet TIMESTAMP(MICROS, UTC). */
  TIMESTAMP("TIMESTAMP (UTC)"),
  /** BigDecimal, Parquet DECIMAL(18, 6). */
  DECIMAL("DECIMAL(" + Report.DECIMAL_PRECISION + ", " + Report.DECIMAL_SCALE + ")"),
  /** String, Parquet UTF-8 string. */
  STRING("STRING"),
  /** Long, Parquet INT64. */
  INT64("INT64");

  private final String parquetName;

  FocusType(String parquetName) {
    this.parquetName = parquetName;
  }

  /** The type as the README documents it. */
  public String parquetName() {
    return parquetName;
  }
}
