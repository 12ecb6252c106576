package io.tierline.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** A half-open span of time [start, end) that a cost is charged for, in UTC. */
public record ChargePeriod(Instant start, Instant end) implements Comparable<ChargePeriod> {
  public ChargePeriod {
    Checks.required(start, "chargePeriod.start");
    Checks.required(end, "chargePeriod.end");
    if (!end.isAfter(start)) {
      throw new InvalidReportException(
          "chargePeriod.end", "must be after start " + start + ", was " + end);
    }
  }

  public static ChargePeriod of(String start, String end) {
    return new ChargePeriod(Instant.parse(start), Instant.parse(end));
  }

  /** The calendar month (UTC) as a period. */
  public static ChargePeriod month(YearMonth month) {
    return new ChargePeriod(
        month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
        month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** The calendar month (UTC) this period starts in: the billing period its charges fall in. */
  public ChargePeriod billingPeriod() {
    return month(YearMonth.from(start.atZone(ZoneOffset.UTC)));
  }

  /** Whether this period is one whole calendar month (UTC). */
  public boolean isCalendarMonth() {
    return equals(billingPeriod());
  }

  /** Whether {@code other} lies within this period. */
  public boolean contains(ChargePeriod other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  @Override
  public int compareTo(ChargePeriod other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }
}
