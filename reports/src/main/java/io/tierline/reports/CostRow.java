package io.tierline.reports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cost of one topic in one cost category over one charge period.
 *
 * @param topic the Kafka topic name, as the cluster spells it
 * @param team the owning team; {@link #UNASSIGNED_TEAM} when no rule matched
 * @param labels further tags (for example cost centre), kept sorted by key
 * @param sku the catalog item the row is priced by; a category can have several (writes and reads)
 * @param cost what the period costs at list prices, in the report's currency: the SKU's unit price
 *     times the pricing quantity, exactly (see {@link Sku#cost})
 * @param consumed what was used, in the unit a person would measure it
 * @param pricing what the price applies to, in the price's unit
 * @param localBytes bytes the topic keeps on broker disks in this period, all replicas included
 * @param remoteBytes bytes the topic keeps in object storage in this period, one copy
 *     <p>The byte counts describe the topic, not the category: they repeat on each of the topic's
 *     rows of a period. Take one row's value per topic and period; never add them up across
 *     categories.
 */
public record CostRow(
    String topic,
    String team,
    Map<String, String> labels,
    CostCategory category,
    Sku sku,
    ChargePeriod period,
    BigDecimal cost,
    Quantity consumed,
    Quantity pricing,
    long localBytes,
    long remoteBytes) {

  /** The team of a topic that no team rule matches: reported, never dropped. */
  public static final String UNASSIGNED_TEAM = "unassigned";

  public CostRow {
    Checks.text(topic, "row.topic");
    Checks.text(team, "row.team");
    labels = Collections.unmodifiableMap(new TreeMap<>(Checks.required(labels, "row.labels")));
    if (labels.containsKey("team")) {
      throw new InvalidReportException(
          "row.labels", "must not hold \"team\": it is the team field");
    }
    Checks.required(category, "row.category");
    Checks.required(sku, "row.sku");
    Checks.required(period, "row.period");
    cost = Checks.amount(cost, "row.cost");
    Checks.required(consumed, "row.consumed");
    Checks.required(pricing, "row.pricing");
    BigDecimal listCost = sku.cost(pricing.amount());
    if (listCost.compareTo(cost) != 0) {
      throw new InvalidReportException(
          "row.cost",
          "must be the unit price times the pricing quantity ("
              + sku.listUnitPrice().toPlainString()
              + " x "
              + pricing.amount().toPlainString()
              + " = "
              + listCost.toPlainString()
              + "), was "
              + cost.toPlainString()
              + " for topic "
              + topic);
    }
    Checks.nonNegative(localBytes, "row.localBytes");
    Checks.nonNegative(remoteBytes, "row.remoteBytes");
  }
}
