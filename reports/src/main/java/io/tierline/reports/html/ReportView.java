package io.tierline.reports.html;

import io.tierline.reports.ChargePeriod;
import io.tierline.reports.CostBasis;
import io.tierline.reports.HistoryPoint;
import io.tierline.reports.Report;
import io.tierline.reports.ReportTotals;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What every section of the page needs. The page speaks of one month: the latest charge period.
 *
 * @param report the whole report, every period
 * @param latest the report cut to its latest charge period
 * @param totals the latest period's totals
 * @param periodLabel the latest period in words
 */
record ReportView(
    Report report, Report latest, ReportTotals totals, String periodLabel, Amounts amounts) {

  static ReportView of(Report report) {
    Report latest =
        report.periods().isEmpty() ? report : report.onlyPeriod(report.periods().last());
    String label =
        latest.periods().isEmpty() ? "no charge period" : Periods.label(latest.periods().first());
    return new ReportView(report, latest, latest.totals(), label, new Amounts(report.currency()));
  }

  String money(BigDecimal amount) {
    return amounts.money(amount);
  }

  /** A part's share of the latest period's cost, for example "12.3%". */
  String share(BigDecimal part) {
    return Amounts.percent(part, totals.total());
  }

  /** The latest charge period, when the report has rows. */
  Optional<ChargePeriod> latestPeriod() {
    return report.periods().isEmpty() ? Optional.empty() : Optional.of(report.periods().last());
  }

  /** Whether the figures are estimates, for the headline: "Estimated for December 2026". */
  String basisHeadline() {
    String phrase = basisPhrase();
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }

  /** The same in running text: "estimated for December 2026". */
  String basisPhrase() {
    return (report.basis().kind() == CostBasis.Kind.ESTIMATE ? "estimated for " : "measured over ")
        + periodLabel;
  }

  /**
   * Earlier periods that compare with the latest one, with their total cost, oldest first: of the
   * same kind (calendar months with a month, otherwise periods of the same length). The report's
   * own earlier periods win over history points of the same period. A day's reading never stands
   * beside a month.
   */
  SortedMap<ChargePeriod, BigDecimal> comparableEarlierPeriods() {
    SortedMap<ChargePeriod, BigDecimal> earlier = new TreeMap<>();
    Optional<ChargePeriod> latest = latestPeriod();
    if (latest.isEmpty()) {
      return earlier;
    }
    for (HistoryPoint point : report.history()) {
      earlier.put(point.period(), point.totalCost());
    }
    earlier.putAll(report.totals().byPeriod());
    earlier.keySet().removeIf(period -> period.compareTo(latest.get()) >= 0);
    earlier.keySet().removeIf(period -> !Periods.comparable(period, latest.get()));
    return earlier;
  }
}
