package io.tierline.reports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount with its unit, for example 512.5 "GiB-Months" or 1200000 "Requests". Units follow the
 * FOCUS unit format, which finance tools parse: a data size (decimal "GB" = 10^9 bytes, binary
 * "GiB" = 2^30 bytes), a count or a time; {@code <size>-<plural time>} for a size kept over time;
 * and a leading whole number for a block, as in "1000 Requests".
 */
public record Quantity(BigDecimal amount, String unit) {
  /** Gibibytes (2^30 bytes) kept for a month. */
  public static final String GIB_MONTHS = "GiB-Months";

  /** Gigabytes (10^9 bytes) kept for a month. */
  public static final String GB_MONTHS = "GB-Months";

  /** Gibibytes (2^30 bytes) moved. */
  public static final String GIB = "GiB";

  /** Gigabytes (10^9 bytes) moved. */
  public static final String GB = "GB";

  /** Single requests. */
  public static final String REQUESTS = "Requests";

  /** Blocks of a thousand requests, as request prices are quoted. */
  public static final String THOUSAND_REQUESTS = "1000 Requests";

  /** Hours of a running machine. */
  public static final String HOURS = "Hours";

  // B, KB, KiB, Gb (bits) and so on, as FOCUS lists data sizes.
  private static final String SIZE = "(?:[KMGTPE]i?[Bb]|[Bb])";
  private static final String TIME = "(?:Year|Month|Day|Hour|Minute|Second)";
  private static final String COUNT = "[A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*)*";
  private static final Pattern UNIT_FORMAT =
      Pattern.compile(
          "[0-9]+ (?:"
              + SIZE
              + "|"
              + COUNT
              + ")|(?:"
              + SIZE
              + "|"
              + COUNT
              + ")(?:-"
              + TIME
              + "s|/"
              + TIME
              + ")?");

  public Quantity {
    amount = Checks.amount(amount, "quantity.amount");
    Checks.text(unit, "quantity.unit");
    if (!UNIT_FORMAT.matcher(unit).matches()) {
      throw new InvalidReportException(
          "quantity.unit",
          "must follow the FOCUS unit format (for example GiB-Months, GB, 1000 Requests, Hours),"
              + " was "
              + unit);
    }
  }

  public static Quantity of(String amount, String unit) {
    return new Quantity(new BigDecimal(amount), unit);
  }

  /** The units of a data size kept over a month, for a gigabyte of {@code bytes} bytes. */
  public static String sizeMonths(long gigabyteBytes) {
    return size(gigabyteBytes) + "-Months";
  }

  /**
   * The FOCUS name of a gigabyte of {@code bytes} bytes: "GiB" for 2^30, "GB" for 10^9.
   *
   * @throws InvalidReportException for any other size, which no unit names
   */
  public static String size(long gigabyteBytes) {
    if (gigabyteBytes == 1L << 30) {
      return GIB;
    }
    if (gigabyteBytes == 1_000_000_000L) {
      return GB;
    }
    throw new InvalidReportException(
        "gigabyteBytes",
        "must be 1073741824 (GiB) or 1000000000 (GB) for a report's units, was " + gigabyteBytes);
  }
}
