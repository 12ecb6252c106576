package io.tierline.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the six cost rows of a topic from its sizes, at the sample prices. */
final class SampleRows {
  static final BigDecimal DISK = new BigDecimal("0.08");
  static final BigDecimal OBJECT = new BigDecimal("0.023");
  static final BigDecimal CROSS_ZONE = new BigDecimal("0.02");
  static final BigDecimal PUT = new BigDecimal("0.005");
  static final BigDecimal GET = new BigDecimal("0.0004");
  static final BigDecimal BROKER_HOUR = new BigDecimal("0.1632");
  static final Sku DISK_SKU = sku("disk/gp3", "Broker disk (gp3)", DISK);
  static final Sku OBJECT_SKU = sku("object-storage/standard", "Object storage (standard)", OBJECT);
  static final Sku CROSS_ZONE_SKU = sku("cross-zone", "Cross-zone transfer", CROSS_ZONE);
  static final Sku PUT_SKU = sku("requests/put", "PUT requests", PUT);
  static final Sku GET_SKU = sku("requests/get", "GET requests", GET);
  static final Sku BROKER_SKU =
      sku("instance/m7g.xlarge", "Broker instances (m7g.xlarge)", BROKER_HOUR);
  private static final long GIB = 1L << 30;
  private static final BigDecimal FREE_FRACTION_DIVISOR = new BigDecimal("0.5");

  private final ChargePeriod period;
  private final List<CostRow> rows = new ArrayList<>();

  SampleRows(ChargePeriod period) {
    this.period = period;
  }

  /**
   * Adds the topic's rows; sizes in GB (local counts every replica), requests and broker hours per
   * month.
   */
  void topic(
      String topic,
      String team,
      Map<String, String> labels,
      long localGb,
      long remoteGb,
      long crossZoneGb,
      long puts,
      long gets,
      long brokerHours) {
    long localBytes = localGb * GIB;
    long remoteBytes = remoteGb * GIB;
    BigDecimal provisionedGb = BigDecimal.valueOf(localGb).divide(FREE_FRACTION_DIVISOR);
    Row row = new Row(topic, team, labels, localBytes, remoteBytes);
    add(
        row,
        CostCategory.LOCAL_DISK,
        DISK_SKU,
        Quantity.of(String.valueOf(localGb), Quantity.GIB_MONTHS),
        new Quantity(provisionedGb, Quantity.GIB_MONTHS));
    Quantity remote = Quantity.of(String.valueOf(remoteGb), Quantity.GIB_MONTHS);
    add(row, CostCategory.OBJECT_STORAGE, OBJECT_SKU, remote, remote);
    Quantity crossZone = Quantity.of(String.valueOf(crossZoneGb), Quantity.GIB);
    add(row, CostCategory.CROSS_ZONE_NETWORK, CROSS_ZONE_SKU, crossZone, crossZone);
    add(row, CostCategory.REQUESTS, PUT_SKU, requests(puts), thousands(puts));
    add(row, CostCategory.REQUESTS, GET_SKU, requests(gets), thousands(gets));
    Quantity hours = Quantity.of(String.valueOf(brokerHours), Quantity.HOURS);
    add(row, CostCategory.COMPUTE, BROKER_SKU, hours, hours);
  }

  private record Row(
      String topic, String team, Map<String, String> labels, long localBytes, long remoteBytes) {}

  private static Quantity requests(long count) {
    return Quantity.of(String.valueOf(count), Quantity.REQUESTS);
  }

  private static Quantity thousands(long count) {
    return new Quantity(BigDecimal.valueOf(count).movePointLeft(3), Quantity.THOUSAND_REQUESTS);
  }

  static Sku sku(String item, String meter, BigDecimal price) {
    String id = "aws-us-east-1/" + item;
    return new Sku(
        id,
        id + "/2026-11-22",
        meter,
        price,
        Map.of("x_PriceCatalog", "aws-us-east-1", "x_PriceDate", "2026-11-22"));
  }

  private void add(Row row, CostCategory category, Sku sku, Quantity consumed, Quantity measured) {
    // Priced as the cost analyzer prices: the quantity rounded to what the price allows.
    Quantity pricing = new Quantity(sku.pricingQuantity(measured.amount()), measured.unit());
    rows.add(
        new CostRow(
            row.topic(),
            row.team(),
            row.labels(),
            category,
            sku,
            period,
            sku.cost(pricing.amount()),
            consumed,
            pricing,
            row.localBytes(),
            row.remoteBytes()));
  }

  List<CostRow> rows() {
    return rows;
  }
}
