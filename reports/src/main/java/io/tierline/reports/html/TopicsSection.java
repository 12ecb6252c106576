package io.tierline.reports.html;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The topics that cost the most, with what they keep where. */
final class TopicsSection {
  static final int TOP = 20;

  private TopicsSection() {}

  static void render(Html html, ReportView view) {
    Map<String, BigDecimal> byTopic = view.totals().byTopic();
    Map<String, long[]> bytes = TopicBytes.of(view.latest());
    Map<String, String> teams = new HashMap<>();
    view.latest().rows().forEach(row -> teams.putIfAbsent(row.topic(), row.team()));
    int shown = Math.min(TOP, byTopic.size());
    html.raw("<section><h2>The ").text(String.valueOf(shown)).raw(" most expensive topics</h2>");
    html.raw(
        "<p class=\"note\">A topic is one named stream of data that applications write to and read"
            + " from. &quot;On servers&quot; counts every copy the cluster keeps; &quot;in object"
            + " storage&quot; counts one.</p>");
    Table table =
        Table.open(
            html,
            "Top topics, " + view.periodLabel(),
            "#Rank",
            "@Topic",
            "@Team",
            "#Cost",
            "#Share",
            "#On servers",
            "#In object storage");
    BigDecimal shownCost = BigDecimal.ZERO;
    int rank = 0;
    for (Map.Entry<String, BigDecimal> entry : byTopic.entrySet()) {
      if (rank == shown) {
        break;
      }
      rank++;
      long[] topicBytes = bytes.get(entry.getKey());
      table.row(
          String.valueOf(rank),
          entry.getKey(),
          teams.get(entry.getKey()),
          view.money(entry.getValue()),
          view.share(entry.getValue()),
          Amounts.bytes(topicBytes[0]),
          Amounts.bytes(topicBytes[1]));
      shownCost = shownCost.add(entry.getValue());
    }
    if (byTopic.size() > shown) {
      BigDecimal rest = view.totals().total().subtract(shownCost);
      table.totalRow(
          "",
          "All other topics (" + String.format(Locale.US, "%,d", byTopic.size() - shown) + ")",
          "",
          view.money(rest),
          view.share(rest),
          "",
          "");
    }
    table.close();
    html.raw("</section>\n");
  }
}
