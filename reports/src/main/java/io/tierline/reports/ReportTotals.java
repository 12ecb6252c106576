package io.tierline.reports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sums of a report's rows, exact in decimal.
 *
 * @param total every row's cost
 * @param byCategory cost per category, in the enum's order, every category present
 * @param byTeam cost per team, largest first
 * @param byTopic cost per topic, largest first (ties by name)
 * @param byPeriod cost per charge period, earliest first
 * @param savings what every recommendation together would save per month (one period's worth)
 */
public record ReportTotals(
    BigDecimal total,
    Map<CostCategory, BigDecimal> byCategory,
    Map<String, BigDecimal> byTeam,
    Map<String, BigDecimal> byTopic,
    SortedMap<ChargePeriod, BigDecimal> byPeriod,
    BigDecimal savings) {

  static ReportTotals of(Report report) {
    List<CostRow> rows = report.rows();
    Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
    for (CostCategory category : CostCategory.values()) {
      byCategory.put(category, zero());
    }
    rows.forEach(row -> byCategory.merge(row.category(), row.cost(), BigDecimal::add));
    BigDecimal savings =
        report.recommendations().stream()
            .map(Recommendation::monthlySavings)
            .reduce(zero(), BigDecimal::add);
    return new ReportTotals(
        rows.stream().map(CostRow::cost).reduce(zero(), BigDecimal::add),
        Collections.unmodifiableMap(byCategory),
        largestFirst(sum(rows, CostRow::team)),
        largestFirst(sum(rows, CostRow::topic)),
        Collections.unmodifiableSortedMap(sum(rows, CostRow::period)),
        savings);
  }

  /** The cost of the latest charge period: what "a month of this cluster" costs today. */
  public BigDecimal latestPeriodCost() {
    return byPeriod.isEmpty() ? zero() : byPeriod.get(byPeriod.lastKey());
  }

  /** The latest period's cost with every recommendation applied, never below zero. */
  public BigDecimal latestPeriodCostAfterRecommendations() {
    return latestPeriodCost().subtract(savings).max(zero());
  }

  private static <K> TreeMap<K, BigDecimal> sum(List<CostRow> rows, Function<CostRow, K> key) {
    TreeMap<K, BigDecimal> sums = new TreeMap<>();
    rows.forEach(row -> sums.merge(key.apply(row), row.cost(), BigDecimal::add));
    return sums;
  }

  private static Map<String, BigDecimal> largestFirst(Map<String, BigDecimal> sums) {
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    sums.entrySet().stream()
        .sorted(
            Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
    return Collections.unmodifiableMap(ordered);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(Report.DECIMAL_SCALE);
  }
}
