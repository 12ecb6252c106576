package io.tierline.reports.html;

import io.tierline.reports.Recommendation;
import io.tierline.reports.ReportTotals;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Today's cost beside the cost with every recommendation made, and the changes behind it. */
final class SavingsSection {
  static final int MAX_LISTED = 25;

  private SavingsSection() {}

  static void render(Html html, ReportView view) {
    ReportTotals totals = view.totals();
    html.raw("<section><h2>What the recommendations would save</h2>");
    BarChart.render(
        html,
        "Monthly cost today and with all recommendations",
        List.of(
            new Bar("Cost today", totals.total(), view.money(totals.total()), Palette.TODAY),
            new Bar(
                "With all recommendations",
                totals.latestPeriodCostAfterRecommendations(),
                view.money(totals.latestPeriodCostAfterRecommendations()),
                Palette.SAVED)));
    Table.open(html, "Monthly cost today and with all recommendations", "", "#Per month")
        .row("Cost today", view.money(totals.total()))
        .row(
            "Cost with all recommendations",
            view.money(totals.latestPeriodCostAfterRecommendations()))
        .totalRow(
            "Savings", view.money(totals.savings()) + " (" + view.share(totals.savings()) + ")")
        .close();
    List<Recommendation> recommendations =
        view.report().recommendations().stream()
            .sorted(
                Comparator.comparing(Recommendation::monthlySavings)
                    .reversed()
                    .thenComparing(Recommendation::topic))
            .toList();
    if (recommendations.isEmpty()) {
      html.raw(
          "<p class=\"note\">No changes are recommended: every topic&#39;s settings already fit its"
              + " use.</p>");
    } else {
      List<Recommendation> listed = recommendations.stream().limit(MAX_LISTED).toList();
      // Many changes share a risk: each risk is written once, below, and rows refer to it.
      Map<String, Integer> risks = new LinkedHashMap<>();
      listed.forEach(r -> r.risks().forEach(risk -> risks.putIfAbsent(risk, risks.size() + 1)));
      Table table =
          Table.open(
              html,
              "Recommended changes, largest saving first",
              "@Topic",
              "Change",
              "#Saves per month",
              "#What to watch");
      for (Recommendation recommendation : listed) {
        table.row(
            recommendation.topic(),
            recommendation.title(),
            view.money(recommendation.monthlySavings()),
            recommendation.risks().isEmpty()
                ? "nothing known"
                : recommendation.risks().stream()
                    .map(risk -> "(" + risks.get(risk) + ")")
                    .collect(Collectors.joining(" ")));
      }
      if (recommendations.size() > MAX_LISTED) {
        table.totalRow(
            "", "and " + (recommendations.size() - MAX_LISTED) + " smaller changes", "", "");
      }
      table.close();
      if (!risks.isEmpty()) {
        html.raw("<h3>What to watch</h3><ol class=\"risks\">");
        risks.keySet().forEach(risk -> html.element("li", risk));
        html.raw("</ol>\n");
      }
    }
    html.raw("</section>\n");
  }
}
