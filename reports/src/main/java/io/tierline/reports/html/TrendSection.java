package io.tierline.reports.html;

import io.tierline.reports.ChargePeriod;
import io.tierline.reports.HistoryPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Total cost over time: the earlier periods the report knows, then this report's periods. */
final class TrendSection {
  /** The chart shows the latest year; the table below it lists every period. */
  static final int MAX_COLUMNS = 12;

  private TrendSection() {}

  static void render(Html html, ReportView view) {
    if (view.report().history().isEmpty()) {
      return;
    }
    // This report's own totals win over a history point of the same period.
    Map<ChargePeriod, BigDecimal> points = new TreeMap<>();
    for (HistoryPoint point : view.report().history()) {
      points.put(point.period(), point.totalCost());
    }
    points.putAll(view.report().totals().byPeriod());
    ChargePeriod latest = view.report().periods().isEmpty() ? null : view.report().periods().last();
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
