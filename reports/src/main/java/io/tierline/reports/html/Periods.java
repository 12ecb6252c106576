package io.tierline.reports.html;

import io.tierline.reports.ChargePeriod;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Charge periods in words: "November 2026" for a calendar month, otherwise a date range. */
final class Periods {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
  private static final DateTimeFormatter SHORT_MONTH =
      DateTimeFormatter.ofPattern("MMM ''yy", Locale.US);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

  private Periods() {}

  static String label(ChargePeriod period) {
    return month(period) ? MONTH.format(start(period)) : range(period);
  }

  /** A short label for a chart axis: "Nov '26" for a month, otherwise the first day. */
  static String shortLabel(ChargePeriod period) {
    return month(period) ? SHORT_MONTH.format(start(period)) : DAY.format(start(period));
  }

  /**
   * Whether two periods can stand side by side in a trend: both calendar months, or, when neither
   * is, both of the same length.
   */
  static boolean comparable(ChargePeriod a, ChargePeriod b) {
    if (month(a) || month(b)) {
      return month(a) && month(b);
    }
    return Duration.between(a.start(), a.end()).equals(Duration.between(b.start(), b.end()));
  }

  private static boolean month(ChargePeriod period) {
    LocalDate start = start(period);
    return start.getDayOfMonth() == 1
        && period.start().equals(start.atStartOfDay(ZoneOffset.UTC).toInstant())
        && period
            .end()
            .equals(
                YearMonth.from(start)
                    .plusMonths(1)
                    .atDay(1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant());
  }

  private static String range(ChargePeriod period) {
    // The end is exclusive; a reader expects the last day that is included.
    LocalDate lastDay = period.end().minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate();
    return DAY.format(start(period)) + " to " + DAY.format(lastDay);
  }

  private static LocalDate start(ChargePeriod period) {
    return period.start().atZone(ZoneOffset.UTC).toLocalDate();
  }
}
