package io.tierline.reports;

import java.math.BigDecimal;

/** The total cost of an earlier period, for the trend chart. */
public record HistoryPoint(ChargePeriod period, BigDecimal totalCost) {
  public HistoryPoint {
    Checks.required(period, "history.period");
    totalCost = Checks.amount(totalCost, "history.totalCost");
  }
}
