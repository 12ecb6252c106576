package io.tierline.reports.html;

import io.tierline.reports.Report;
import io.tierline.reports.ReportTotals;
import java.math.BigDecimal;

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
}
