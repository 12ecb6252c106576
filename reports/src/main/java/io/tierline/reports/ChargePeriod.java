package io.tierline.reports;

import java.time.Instant;

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

  @Override
  public int compareTo(ChargePeriod other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }
}
