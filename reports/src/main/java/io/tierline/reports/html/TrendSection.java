package io.tierline.reports.html;

import io.tierline.reports.ChargePeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Total cost over time: the earlier periods the report knows, then the latest one. Only periods
 * that compare with the latest (months with a month) are shown, and only when there are at least
 * {@link #MIN_EARLIER_PERIODS} of them: one earlier month against this one is no trend, and a day's
 * reading beside a month is no comparison.
 */
final class TrendSection {
  /** The chart shows the latest year; the table below it lists every period. */
  static final int MAX_COLUMNS = 12;

  /** Earlier comparable periods needed before the section is shown. */
  static final int MIN_EARLIER_PERIODS = 2;

  private TrendSection() {}

  static void render(Html html, ReportView view) {
    Map<ChargePeriod, BigDecimal> points = new TreeMap<>(view.comparableEarlierPeriods());
    if (points.size() < MIN_EARLIER_PERIODS || view.latestPeriod().isEmpty()) {
      return;
    }
    ChargePeriod latest = view.latestPeriod().get();
    points.put(latest, view.totals().total());
    List<Bar> columns = new ArrayList<>();
    points.entrySet().stream()
        .skip(Math.max(0, points.size() - MAX_COLUMNS))
        .forEach(
            point ->
                columns.add(
                    new Bar(
                        Periods.shortLabel(point.getKey()),
                        point.getValue(),
                        view.money(point.getValue()),
                        point.getKey().equals(latest) ? Palette.TODAY : Palette.HISTORY)));
    html.raw("<section><h2>How the cost has changed</h2>");
    ColumnChart.render(html, "Total cost per period", columns, view::money);
    Table table =
        Table.open(
            html,
            "Total cost per period",
            "Period",
            "#Total cost",
            "#Change from the period before");
    BigDecimal previous = null;
    for (Map.Entry<ChargePeriod, BigDecimal> entry : points.entrySet()) {
      table.row(
          Periods.label(entry.getKey()),
          view.money(entry.getValue()),
          (previous == null ? "" : change(view, previous, entry.getValue())));
      previous = entry.getValue();
    }
    table.close();
    html.raw("</section>\n");
  }

  private static String change(ReportView view, BigDecimal before, BigDecimal after) {
    BigDecimal difference = after.subtract(before);
    String sign = difference.signum() >= 0 ? "+" : "\u2212";
    return sign
        + view.money(difference.abs())
        + " ("
        + sign
        + Amounts.percent(difference.abs(), before)
        + ")";
  }
}
