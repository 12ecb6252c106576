package io.tierline.reports.html;

import io.tierline.reports.Assumption;
import io.tierline.reports.Price;

/** The inputs behind every number, so a reader can check them or ask for other ones. */
final class AssumptionsSection {
  private AssumptionsSection() {}

  static void render(Html html, ReportView view) {
    html.raw(
        "<section class=\"assumptions\"><h2>The assumptions and prices behind these numbers</h2>");
    Table assumptions =
        Table.open(html, "Assumptions", "Assumption", "#Value", "Where it comes from");
    for (Assumption assumption : view.report().assumptions()) {
      String value =
          assumption.unit().isEmpty()
              ? assumption.value()
              : assumption.value() + " " + assumption.unit();
      assumptions.row(assumption.label(), value, assumption.source());
    }
    assumptions.close();
    Table prices = Table.open(html, "Prices", "Item", "#Price", "Unit", "Where it comes from");
    for (Price price : view.report().prices()) {
      prices.row(price.item(), view.amounts().price(price.amount()), price.unit(), price.source());
    }
    prices.close();
    html.raw(
        "<h3>How to read this report</h3><dl class=\"glossary\"><dt>Topic</dt><dd>One named stream"
            + " of data inside the Kafka cluster, such as all orders or all payments. Applications"
            + " write to it and read from it.</dd><dt>Local disk</dt><dd>Disks attached to the"
            + " cluster&#39;s servers. Every piece of data is kept in several copies, and disks are"
            + " bought with free room to spare, so this is the dearest place to keep"
            + " data.</dd><dt>Object storage</dt><dd>A cheaper store (for example Amazon S3) where"
            + " older data can move. One copy is kept; the storage service makes it"
            + " durable.</dd><dt>Cross-zone network</dt><dd>Data sent between separate data centres"
            + " (zones) of the same region. Cloud providers charge for each gigabyte that"
            + " crosses.</dd><dt>GB, TB</dt><dd>Data sizes on this page count 1 GB as 1,073,741,824"
            + " bytes and 1 TB as 1,024 GB, as cloud bills do.</dd><dt>List"
            + " prices</dt><dd>Published prices before discounts or committed-use"
            + " agreements.</dd></dl>");
    html.raw("</section>\n");
  }
}
