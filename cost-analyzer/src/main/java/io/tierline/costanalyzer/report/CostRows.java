package io.tierline.costanalyzer.report;

import io.tierline.costanalyzer.analysis.ClusterAnalysis;
import io.tierline.costanalyzer.analysis.TopicAnalysis;
import io.tierline.costanalyzer.model.ClusterCompute;
import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.pricing.InstanceType;
import io.tierline.costanalyzer.pricing.ObjectStorageClass;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.pricing.RequestPrices;
import io.tierline.reports.ChargePeriod;
import io.tierline.reports.CostCategory;
import io.tierline.reports.CostRow;
import io.tierline.reports.Price;
import io.tierline.reports.Quantity;
import io.tierline.reports.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster's analysis as cost rows: per topic, one row per catalog price it pays, each priced as
 * the catalog lists it, so that ListUnitPrice × PricingQuantity is the row's cost exactly. Volume
 * tiers of object storage are rows of their own: the cluster's billed volume fills the tiers, and
 * each tier's gigabytes are shared over the topics in proportion to theirs. Broker-hours are shared
 * the same way, by each topic's share of the brokers. A row with nothing to charge is left out,
 * except local disk, so that every topic appears.
 */
final class CostRows {
  private final ClusterAnalysis analysis;
  private final PriceCatalog catalog;
  private final ChargePeriod period;
  private final long gigabyteBytes;
  private final String size;
  private final Map<String, Price> prices = new LinkedHashMap<>();

  CostRows(ClusterAnalysis analysis, PriceCatalog catalog, ChargePeriod period) {
    this.analysis = analysis;
    this.catalog = catalog;
    this.period = period;
    this.gigabyteBytes = analysis.assumptions().gigabyteBytes();
    this.size = Quantity.size(gigabyteBytes);
  }

  /** Every topic's rows, topic by topic in the analysis's order. */
  List<CostRow> rows() {
    List<TopicAnalysis> topics = analysis.topics();
    List<List<Priced>> objectStorage = objectStorage();
    List<Priced> compute = compute();
    List<CostRow> rows = new ArrayList<>();
    for (int t = 0; t < topics.size(); t++) {
      TopicAnalysis topic = topics.get(t);
      CostBreakdown cost = topic.cost();
      Row row = new Row(topic, cost.storage().localBytes(), cost.storage().remoteBytes());
      Sku disk = diskSku();
      row.add(
          rows,
          CostCategory.LOCAL_DISK,
          disk,
          gigabytes(cost.storage().localBytes(), size + "-Months"),
          new Quantity(
              disk.pricingQuantity(gigabytes(cost.storage().provisionedBytes())), size + "-Months"),
          true);
      for (Priced tier : objectStorage.get(t)) {
        Quantity q = new Quantity(tier.quantity(), size + "-Months");
        row.add(rows, CostCategory.OBJECT_STORAGE, tier.sku(), q, q, false);
      }
      Sku crossZone = crossZoneSku();
      BigDecimal crossGb = gigabytes(cost.network().crossAzBytesPerMonth());
      row.add(
          rows,
          CostCategory.CROSS_ZONE_NETWORK,
          crossZone,
          new Quantity(crossGb, size),
          new Quantity(crossZone.pricingQuantity(crossGb), size),
          false);
      requests(rows, row, cost);
      if (!compute.isEmpty()) {
        Priced hours = compute.get(t);
        Quantity q = new Quantity(hours.quantity(), Quantity.HOURS);
        row.add(rows, CostCategory.COMPUTE, hours.sku(), q, q, false);
      }
    }
    return rows;
  }

  /**
   * Every catalog price the rows use, exactly as the catalog lists it, in order of first use, with
   * its unit in words and where it comes from. Call after {@link #rows()}.
   */
  List<Price> prices() {
    return List.copyOf(prices.values());
  }

  private void requests(List<CostRow> rows, Row row, CostBreakdown cost) {
    ObjectStorageClass storageClass = catalog.objectStorageClass(analysis.objectStorageClass());
    RequestPrices prices =
        storageClass.requests() != null ? storageClass.requests() : catalog.requests();
    String item =
        storageClass.requests() != null
            ? "object-storage/" + analysis.objectStorageClass() + "/requests"
            : "requests";
    Sku put =
        sku(
            item + "/put",
            "Object storage writes (PUT)",
            "1,000 requests",
            prices.putPer1000(),
            prices.source(),
            prices.date());
    Sku get =
        sku(
            item + "/get",
            "Object storage reads (GET)",
            "1,000 requests",
            prices.getPer1000(),
            prices.source(),
            prices.date());
    long puts = cost.requests().putsPerMonth();
    long gets = cost.requests().getsPerMonth();
    row.add(
        rows,
        CostCategory.REQUESTS,
        put,
        Quantity.of(Long.toString(puts), Quantity.REQUESTS),
        thousands(put, puts),
        false);
    row.add(
        rows,
        CostCategory.REQUESTS,
        get,
        Quantity.of(Long.toString(gets), Quantity.REQUESTS),
        thousands(get, gets),
        false);
    if (storageClass.retrievalPerGb() > 0) {
      Sku retrieval =
          sku(
              "object-storage/" + analysis.objectStorageClass() + "/retrieval",
              "Object storage retrieval (" + analysis.objectStorageClass() + ")",
              "GB read",
              storageClass.retrievalPerGb(),
              storageClass.source(),
              storageClass.date());
      BigDecimal read = gigabytes(cost.requests().retrievedBytesPerMonth());
      row.add(
          rows,
          CostCategory.REQUESTS,
          retrieval,
          new Quantity(read, size),
          new Quantity(retrieval.pricingQuantity(read), size),
          false);
    }
  }

  /**
   * Each topic's gigabyte-months in each volume tier: the cluster's billed volume fills the tiers
   * in order, and each tier is shared over the topics by their billed volume.
   */
  private List<List<Priced>> objectStorage() {
    List<TopicAnalysis> topics = analysis.topics();
    List<Double> billed = new ArrayList<>(topics.size());
    double total = 0;
    for (TopicAnalysis t : topics) {
      double gb = t.cost().storage().billedRemoteBytes() / (double) gigabyteBytes;
      billed.add(gb);
      total += gb;
    }
    List<List<Priced>> perTopic = new ArrayList<>(topics.size());
    topics.forEach(t -> perTopic.add(new ArrayList<>()));
    ObjectStorageClass storageClass = catalog.objectStorageClass(analysis.objectStorageClass());
    List<ObjectStorageClass.PriceTier> tiers = storageClass.tiers();
    double lower = 0;
    for (int i = 0; i < tiers.size() && total > lower; i++) {
      ObjectStorageClass.PriceTier tier = tiers.get(i);
      double upper = tier.upToGb() == null ? Double.POSITIVE_INFINITY : tier.upToGb();
      Sku sku = tierSku(storageClass, i, lower, tier);
      BigDecimal volume = sku.pricingQuantity(BigDecimal.valueOf(Math.min(total, upper) - lower));
      List<BigDecimal> parts = Allocation.of(volume, billed, sku.quantityScale());
      for (int t = 0; t < topics.size(); t++) {
        perTopic.get(t).add(new Priced(sku, parts.get(t)));
      }
      lower = upper;
    }
    return perTopic;
  }

  /** Each topic's broker-hours, when the brokers are priced; empty otherwise. */
  private List<Priced> compute() {
    if (analysis.compute().compute().isEmpty()) {
      return List.of();
    }
    ClusterCompute c = analysis.compute().compute().get();
    InstanceType type = catalog.instanceTypes().get(c.instanceType());
    Sku sku =
        sku(
            "instance/" + c.instanceType(),
            "Broker instance (" + c.instanceType() + ")",
            "hour",
            c.pricePerHour(),
            type.source(),
            type.date());
    BigDecimal hours = sku.pricingQuantity(BigDecimal.valueOf(c.brokerHours()));
    List<Priced> out = new ArrayList<>();
    for (BigDecimal part : Allocation.of(hours, c.shares(), sku.quantityScale())) {
      out.add(new Priced(sku, part));
    }
    return out;
  }

  private Sku diskSku() {
    var disk = catalog.diskType(analysis.diskType());
    return sku(
        "disk/" + analysis.diskType(),
        "Broker disk (" + analysis.diskType() + ")",
        "GB-month",
        disk.pricePerGbMonth(),
        disk.source(),
        disk.date());
  }

  private Sku crossZoneSku() {
    var crossZone = catalog.crossZone();
    return sku(
        "cross-zone",
        "Cross-zone transfer",
        "GB",
        crossZone.pricePerGb(),
        crossZone.source(),
        crossZone.date());
  }

  private Sku tierSku(
      ObjectStorageClass storageClass, int index, double lower, ObjectStorageClass.PriceTier tier) {
    String name = analysis.objectStorageClass();
    String item = "object-storage/" + name;
    if (storageClass.tiers().size() == 1) {
      return sku(
          item,
          "Object storage (" + name + ")",
          "GB-month",
          tier.pricePerGbMonth(),
          storageClass.source(),
          storageClass.date());
    }
    String band =
        tier.upToGb() == null
            ? "above " + plain(lower) + " " + size
            : plain(lower) + " to " + plain(tier.upToGb()) + " " + size;
    return sku(
        item,
        item + "/tier-" + (index + 1),
        "Object storage (" + name + "), " + band + " a month",
        "GB-month",
        tier.pricePerGbMonth(),
        storageClass.source(),
        storageClass.date());
  }

  private Sku sku(
      String item, String meter, String unit, double price, String source, String date) {
    return sku(item, item, meter, unit, price, source, date);
  }

  /**
   * The SKU of a catalog entry; its price id changes with the price's date.
   *
   * @param unit the pricing unit in the words the page uses, for example "GB-month"
   */
  private Sku sku(
      String item,
      String priceItem,
      String meter,
      String unit,
      double price,
      String source,
      String date) {
    String id = catalog.name() + "/" + item;
    String priceId = catalog.name() + "/" + priceItem + "/" + date;
    Sku sku =
        new Sku(
            id,
            priceId,
            meter,
            BigDecimal.valueOf(price),
            Map.of("x_PriceCatalog", catalog.name(), "x_PriceDate", date));
    prices.putIfAbsent(
        priceId,
        new Price(
            meter,
            sku.listUnitPrice(),
            analysis.currency() + " per " + unit,
            source + " (" + date + ")"));
    return sku;
  }

  private BigDecimal gigabytes(long bytes) {
    return BigDecimal.valueOf(bytes)
        .divide(BigDecimal.valueOf(gigabyteBytes), 12, RoundingMode.HALF_EVEN);
  }

  private Quantity gigabytes(long bytes, String unit) {
    return new Quantity(gigabytes(bytes), unit);
  }

  /** Requests as request prices are quoted: in blocks of a thousand. */
  private static Quantity thousands(Sku sku, long requests) {
    return new Quantity(
        sku.pricingQuantity(BigDecimal.valueOf(requests, 3)), Quantity.THOUSAND_REQUESTS);
  }

  private static String plain(double gb) {
    return BigDecimal.valueOf(gb).stripTrailingZeros().toPlainString();
  }

  /** A pricing quantity already on its SKU's grid. */
  private record Priced(Sku sku, BigDecimal quantity) {}

  /** One topic's rows as they are added. */
  private final class Row {
    private final TopicAnalysis topic;
    private final long localBytes;
    private final long remoteBytes;

    Row(TopicAnalysis topic, long localBytes, long remoteBytes) {
      this.topic = topic;
      this.localBytes = localBytes;
      this.remoteBytes = remoteBytes;
    }

    void add(
        List<CostRow> rows,
        CostCategory category,
        Sku sku,
        Quantity consumed,
        Quantity pricing,
        boolean always) {
      if (!always && pricing.amount().signum() == 0) {
        return;
      }
      rows.add(
          new CostRow(
              topic.topic().name(),
              topic.team(),
              Map.of(),
              category,
              sku,
              period,
              sku.cost(pricing.amount()),
              consumed,
              pricing,
              localBytes,
              remoteBytes));
    }
  }
}
