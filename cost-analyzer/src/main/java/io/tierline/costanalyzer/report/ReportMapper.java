package io.tierline.costanalyzer.report;

import io.tierline.costanalyzer.analysis.ClusterAnalysis;
import io.tierline.costanalyzer.analysis.TopicAnalysis;
import io.tierline.costanalyzer.api.CostJson;
import io.tierline.costanalyzer.api.Money;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.recommend.Recommendation;
import io.tierline.reports.Assumption;
import io.tierline.reports.ChargePeriod;
import io.tierline.reports.CostCategory;
import io.tierline.reports.CostRow;
import io.tierline.reports.HistoryPoint;
import io.tierline.reports.Price;
import io.tierline.reports.Quantity;
import io.tierline.reports.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps a cluster's analysis into the reports module's neutral {@link Report}: one row per topic and
 * cost category for the month of {@code at}, the team on each row, the recommendations with their
 * savings, and the assumptions and prices with where they come from. The CLI's {@code report} and
 * the REST download share it.
 */
public final class ReportMapper {

  public Report map(
      ClusterAnalysis a, PriceCatalog catalog, List<HistoryPoint> history, Instant at) {
    YearMonth month = YearMonth.from(at.atZone(ZoneOffset.UTC));
    ChargePeriod period =
        new ChargePeriod(
            month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
            month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    double gb = a.assumptions().gigabyteBytes();
    List<CostRow> rows = new ArrayList<>();
    for (TopicAnalysis t : a.topics()) {
      CostJson c = CostJson.of(t.cost());
      long local = c.storage().localBytes();
      long remote = c.storage().remoteBytes();
      BigDecimal provisionedGb = quantity(c.storage().provisionedBytes() / gb);
      BigDecimal remoteGb = quantity(remote / gb);
      BigDecimal crossGb = quantity(c.network().crossAzBytesPerMonth() / gb);
      BigDecimal requests =
          BigDecimal.valueOf(c.requests().putsPerMonth() + c.requests().getsPerMonth());
      rows.add(
          row(
              t,
              CostCategory.LOCAL_DISK,
              period,
              c.storage().diskMonthlyCost(),
              provisionedGb,
              "GB-month",
              local,
              remote));
      rows.add(
          row(
              t,
              CostCategory.OBJECT_STORAGE,
              period,
              c.storage().objectStorageMonthlyCost(),
              remoteGb,
              "GB-month",
              local,
              remote));
      rows.add(
          row(
              t,
              CostCategory.CROSS_ZONE_NETWORK,
              period,
              c.network().monthlyCost(),
              crossGb,
              "GB",
              local,
              remote));
      rows.add(
          row(
              t,
              CostCategory.REQUESTS,
              period,
              c.requests().monthlyCost(),
              requests,
              "requests",
              local,
              remote));
    }
    List<io.tierline.reports.Recommendation> recommendations = new ArrayList<>();
    for (TopicAnalysis t : a.topics()) {
      for (Recommendation r : t.recommendations()) {
        String title =
            r.rule()
                + ": "
                + r.changes().stream().map(Object::toString).collect(Collectors.joining("; "));
        recommendations.add(
            new io.tierline.reports.Recommendation(
                r.topic(), title, Money.of(r.monthlySavings()), r.risks()));
      }
    }
    return new Report(
        a.cluster(),
        a.currency(),
        at,
        assumptions(a, catalog),
        prices(a, catalog),
        rows,
        recommendations,
        history);
  }

  private static CostRow row(
      TopicAnalysis t,
      CostCategory category,
      ChargePeriod period,
      BigDecimal cost,
      BigDecimal amount,
      String unit,
      long local,
      long remote) {
    Quantity q = new Quantity(amount, unit);
    return new CostRow(
        t.topic().name(), t.team(), Map.of(), category, period, cost, q, q, local, remote);
  }

  private static BigDecimal quantity(double value) {
    return BigDecimal.valueOf(value).setScale(Report.DECIMAL_SCALE, RoundingMode.HALF_UP);
  }

  private static List<Assumption> assumptions(ClusterAnalysis a, PriceCatalog catalog) {
    Assumptions s = a.assumptions();
    String config = "service configuration";
    return List.of(
        new Assumption(
            "Price list", catalog.name(), "", catalog.provider() + " " + catalog.region()),
        new Assumption(
            "Broker disk type", a.diskType(), "", "cluster configuration or catalog default"),
        new Assumption("Object storage class", a.objectStorageClass(), "", "price catalog default"),
        new Assumption("Hours in a month", plain(s.hoursPerMonth()), "hours", config),
        new Assumption("Size of a gigabyte", Long.toString(s.gigabyteBytes()), "bytes", config),
        new Assumption("Disk kept free", plain(s.diskFreeFraction() * 100), "%", config),
        new Assumption(
            "Availability zones",
            Integer.toString(s.availabilityZones()),
            "zones",
            "brokers' racks, else " + config),
        new Assumption(
            "Producers send within their zone", s.zoneAwareProducers() ? "yes" : "no", "", config),
        new Assumption(
            "Consumers read from a replica in their zone",
            s.followerFetching() ? "yes" : "no",
            "",
            config),
        new Assumption("Reads served from cache", plain(s.cacheHitRatio() * 100), "%", config));
  }

  private static List<Price> prices(ClusterAnalysis a, PriceCatalog catalog) {
    var p = a.prices();
    String c = a.currency();
    var disk = catalog.diskTypes().get(a.diskType());
    var object = catalog.objectStorageClasses().get(a.objectStorageClass());
    return List.of(
        new Price(
            "Disk (" + a.diskType() + ")",
            decimal(p.diskPerGbMonth()),
            c + " per GB-month",
            source(disk.source(), disk.date())),
        new Price(
            "Object storage (" + a.objectStorageClass() + ", blended over the cluster's volume)",
            decimal(p.objectStorage().averagePrice(0)),
            c + " per GB-month",
            source(object.source(), object.date())),
        new Price(
            "Cross-zone transfer",
            decimal(p.crossAzPerGb()),
            c + " per GB",
            source(catalog.crossZone().source(), catalog.crossZone().date())),
        new Price(
            "Object storage writes (PUT)",
            decimal(p.putPer1000()),
            c + " per 1,000 requests",
            source(catalog.requests().source(), catalog.requests().date())),
        new Price(
            "Object storage reads (GET)",
            decimal(p.getPer1000()),
            c + " per 1,000 requests",
            source(catalog.requests().source(), catalog.requests().date())));
  }

  private static String source(String source, String date) {
    return source + " (" + date + ")";
  }

  private static BigDecimal decimal(double v) {
    return BigDecimal.valueOf(v);
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
