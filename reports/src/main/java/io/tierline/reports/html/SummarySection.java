package io.tierline.reports.html;

import io.tierline.reports.ChargePeriod;
import io.tierline.reports.ReportTotals;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The headline: what the month cost, what it could cost, and how big the cluster is. */
final class SummarySection {
  private SummarySection() {}

  static void render(Html html, ReportView view) {
    ReportTotals totals = view.totals();
    html.raw("<section class=\"summary\"><div class=\"cards\">");
    card(html, "Total cost", view.money(totals.total()), view.basisPhrase() + unpricedNote(view));
    card(
        html,
        "Cost with all recommendations",
        view.money(totals.latestPeriodCostAfterRecommendations()),
        "per month, if every change below is made");
    card(
        html,
        "Possible savings",
        view.money(totals.savings()),
        "per month (" + view.share(totals.savings()) + " of the total)");
    card(
        html,
        "Topics",
        String.format(Locale.US, "%,d", totals.byTopic().size()),
        "data streams, owned by "
            + totals.byTeam().size()
            + (totals.byTeam().size() == 1 ? " team" : " teams"));
    html.raw("</div>");
    Map<String, long[]> topicBytes = TopicBytes.of(view.latest());
    html.raw("<p class=\"note\">Data kept: ")
        .text(Amounts.bytes(sum(topicBytes, 0)))
        .raw(" on the servers&#39; own disks (all copies) and ")
        .text(Amounts.bytes(sum(topicBytes, 1)))
        .raw(" in object storage. All amounts are in ")
        .text(view.report().currency())
        .raw(" at list prices, before any discounts.</p>");
    if (view.report().totals().byPeriod().size() > 1) {
      Table table = Table.open(html, "Cost per period", "Period", "#Total cost");
      for (Map.Entry<ChargePeriod, BigDecimal> entry :
          view.report().totals().byPeriod().entrySet()) {
        table.row(Periods.label(entry.getKey()), view.money(entry.getValue()));
      }
      table.close();
    }
    html.raw("</section>\n");
  }

  /** "; compute not priced" when a kind of cost is left out, so the total is not read as whole. */
  private static String unpricedNote(ReportView view) {
    return view.report().unpriced().isEmpty()
        ? ""
        : "; without "
            + view.report().unpriced().stream()
                .map(u -> u.category().label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" and "))
            + " (not priced)";
  }

  private static void card(Html html, String title, String value, String detail) {
    html.raw("<div class=\"card\"><div class=\"card-title\">")
        .text(title)
        .raw("</div><div class=\"card-value\">")
        .text(value)
        .raw("</div><div class=\"card-detail\">")
        .text(detail)
        .raw("</div></div>");
  }

  private static long sum(Map<String, long[]> topicBytes, int which) {
    return topicBytes.values().stream().mapToLong(bytes -> bytes[which]).sum();
  }
}
