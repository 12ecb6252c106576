package io.tierline.reports.html;

import io.tierline.reports.MeasuredTopic;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Remote storage as measured beside the model: what the bucket holds for each topic and the
 * requests the tiering plugin counted, next to what the cost model expects. Shown only when
 * something was measured.
 */
final class MeasuredSection {
  private static final String NOT_MEASURED = "\u2013";

  private MeasuredSection() {}

  static void render(Html html, ReportView view) {
    List<MeasuredTopic> topics = view.report().measured();
    if (topics.isEmpty()) {
      return;
    }
    html.raw("<section><h2>Remote storage: measured and modelled</h2>")
        .raw("<p class=\"note\">")
        .text(
            "Measured: the bytes the bucket holds now (its listing, by the plugin's key layout) and"
                + " the requests the tiering plugin counted, as a monthly rate. Modelled: what the"
                + " cost model expects from each topic's write rate and settings. PUTs and LISTs"
                + " are billed alike. Requests are priced from the measured counts; storage from"
                + " the model.")
        .raw("</p>");
    Table table =
        Table.open(
            html,
            "Remote bytes and requests per month, measured beside modelled",
            "@Topic",
            "#Remote, measured",
            "#Remote, modelled",
            "#PUTs and LISTs, measured",
            "#PUTs and LISTs, modelled",
            "#GETs, measured",
            "#GETs, modelled",
            "#Requests, measured",
            "#Requests, modelled");
    for (MeasuredTopic t : topics) {
      table.row(
          t.topic(),
          bytes(t.remoteBytes()),
          Amounts.bytes(t.modelledRemoteBytes()),
          count(t.putsPerMonth()),
          count(t.modelledPutsPerMonth()),
          count(t.getsPerMonth()),
          count(t.modelledGetsPerMonth()),
          money(view, t.requestsMonthlyCost()),
          view.money(t.modelledRequestsMonthlyCost()));
    }
    table.close();
    html.raw("</section>\n");
  }

  private static String bytes(OptionalLong value) {
    return value.isPresent() ? Amounts.bytes(value.getAsLong()) : NOT_MEASURED;
  }

  private static String count(OptionalLong value) {
    return value.isPresent() ? count(value.getAsLong()) : NOT_MEASURED;
  }

  private static String count(long value) {
    return Amounts.quantity(BigDecimal.valueOf(value));
  }

  private static String money(ReportView view, Optional<BigDecimal> value) {
    return value.map(view::money).orElse(NOT_MEASURED);
  }
}
