package io.tierline.reports.html;

import io.tierline.reports.Recommendation;
import io.tierline.reports.ReportTotals;
import java.util.Comparator;
import java.util.List;

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
      Table table =
          Table.open(
              html,
              "Recommended changes, largest saving first",
              "@Topic",
              "Change",
              "#Saves per month",
              "What to watch");
      recommendations.stream()
          .limit(MAX_LISTED)
          .forEach(
              recommendation ->
                  table.row(
                      recommendation.topic(),
                      recommendation.title(),
                      view.money(recommendation.monthlySavings()),
                      recommendation.risks().isEmpty()
                          ? "Nothing known"
                          : String.join("; ", recommendation.risks())));
      if (recommendations.size() > MAX_LISTED) {
        table.totalRow(
            "", "and " + (recommendations.size() - MAX_LISTED) + " smaller changes", "", "");
      }
      table.close();
    }
    html.raw("</section>\n");
  }
}
