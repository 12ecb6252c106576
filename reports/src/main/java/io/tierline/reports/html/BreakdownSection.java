package io.tierline.reports.html;

import io.tierline.reports.CostCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Where the money goes: by kind of cost, and by the team that owns the data. */
final class BreakdownSection {
  /** More teams than this are summed into one "all other teams" bar, so the chart stays legible. */
  static final int MAX_TEAMS = 12;

  /** Shown instead of an amount for a kind of cost the report could not price. */
  static final String NOT_PRICED = "not priced";

  private BreakdownSection() {}

  static void byCategory(Html html, ReportView view) {
    html.raw("<section><h2>What the money pays for</h2>");
    Map<CostCategory, String> unpriced = new EnumMap<>(CostCategory.class);
    view.report().unpriced().forEach(u -> unpriced.put(u.category(), u.reason()));
    List<Bar> bars = new ArrayList<>();
    view.totals()
        .byCategory()
        .forEach(
            (category, cost) ->
                bars.add(
                    new Bar(
                        category.label(),
                        cost,
                        unpriced.containsKey(category) ? NOT_PRICED : view.money(cost),
                        Palette.of(category))));
    BarChart.render(html, "Cost by kind, " + view.periodLabel(), bars);
    Table table =
        Table.open(
            html,
            "Cost by kind, " + view.periodLabel(),
            "Kind of cost",
            "What it pays for",
            "#Cost",
            "#Share");
    for (Map.Entry<CostCategory, BigDecimal> entry : view.totals().byCategory().entrySet()) {
      CostCategory category = entry.getKey();
      if (unpriced.containsKey(category)) {
        // A zero here would read as "free": say that it is missing, and why.
        table.row(
            category.label(),
            category.description() + ". Not priced: " + unpriced.get(category) + ".",
            NOT_PRICED,
            "");
      } else {
        table.row(
            category.label(),
            category.description(),
            view.money(entry.getValue()),
            view.share(entry.getValue()));
      }
    }
    table.totalRow(
        unpriced.isEmpty() ? "Total" : "Total of the priced kinds",
        "",
        view.money(view.totals().total()),
        "100.0%");
    table.close();
    html.raw("</section>\n");
  }

  static void byTeam(Html html, ReportView view) {
    html.raw("<section><h2>Cost by team</h2>");
    List<Bar> bars = teamBars(view);
    BarChart.render(html, "Cost by team, " + view.periodLabel(), bars);
    Table table =
        Table.open(html, "Cost by team, " + view.periodLabel(), "@Team", "#Cost", "#Share");
    for (Bar bar : bars) {
      table.row(bar.label(), bar.valueText(), view.share(bar.value()));
    }
    table.totalRow("Total", view.money(view.totals().total()), "100.0%");
    table.close();
    html.raw(
        "<p class=\"note\">A team owns the topics whose names match its naming rule; topics that no"
            + " rule matches are listed under &quot;unassigned&quot;.</p></section>\n");
  }

  private static List<Bar> teamBars(ReportView view) {
    List<Bar> bars = new ArrayList<>();
    BigDecimal others = BigDecimal.ZERO;
    int otherTeams = 0;
    for (Map.Entry<String, BigDecimal> entry : view.totals().byTeam().entrySet()) {
      if (bars.size() < MAX_TEAMS - 1 || view.totals().byTeam().size() == MAX_TEAMS) {
        bars.add(
            new Bar(entry.getKey(), entry.getValue(), view.money(entry.getValue()), Palette.TEAM));
      } else {
        others = others.add(entry.getValue());
        otherTeams++;
      }
    }
    if (otherTeams > 0) {
      bars.add(
          new Bar(
              "All other teams (" + otherTeams + ")", others, view.money(others), Palette.HISTORY));
    }
    return bars;
  }
}
