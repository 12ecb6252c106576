package io.tierline.costanalyzer.report;

import io.tierline.costanalyzer.analysis.ClusterAnalysis;
import io.tierline.costanalyzer.analysis.TopicAnalysis;
import io.tierline.costanalyzer.api.Money;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.ClusterCompute;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.recommend.Recommendation;
import io.tierline.reports.Assumption;
import io.tierline.reports.Billing;
import io.tierline.reports.ChargePeriod;
import io.tierline.reports.CostBasis;
import io.tierline.reports.CostCategory;
import io.tierline.reports.CostRow;
import io.tierline.reports.HistoryPoint;
import io.tierline.reports.Quantity;
import io.tierline.reports.Report;
import io.tierline.reports.UnpricedCost;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps a cluster's analysis into the reports module's neutral {@link Report}: the rows of {@link
 * CostRows} for the month of {@code at} (the month the estimate is for), the team on each row, the
 * recommendations with their savings, the billing account and parties, and the assumptions and
 * prices with where they come from. The CLI's {@code report} and the REST download share it.
 */
public final class ReportMapper {

  public Report map(
      ClusterAnalysis a,
      PriceCatalog catalog,
      BillingNames names,
      CostBasis basis,
      List<HistoryPoint> history,
      Instant at) {
    ChargePeriod period = ChargePeriod.month(YearMonth.from(at.atZone(ZoneOffset.UTC)));
    CostRows rows = new CostRows(a, catalog, period);
    List<CostRow> costRows = rows.rows();
    List<UnpricedCost> unpriced = new ArrayList<>();
    a.compute()
        .notPricedReason()
        .ifPresent(reason -> unpriced.add(new UnpricedCost(CostCategory.COMPUTE, reason)));
    return new Report(
        a.cluster(),
        a.currency(),
        at,
        billing(a, catalog, names),
        basis,
        assumptions(a, catalog),
        rows.prices(),
        costRows,
        unpriced,
        recommendations(a),
        history);
  }

  private static Billing billing(ClusterAnalysis a, PriceCatalog catalog, BillingNames names) {
    String provider = names.providerName().orElse(catalog.provider());
    return new Billing(
        names.accountId().orElse(a.cluster()),
        names.accountName().orElse(a.cluster()),
        provider,
        names.publisherName().orElse(provider),
        names.invoiceIssuerName().orElse(provider),
        Optional.of(new Billing.Region(catalog.region(), catalog.regionName())));
  }

  private static List<io.tierline.reports.Recommendation> recommendations(ClusterAnalysis a) {
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
    return recommendations;
  }

  private static List<Assumption> assumptions(ClusterAnalysis a, PriceCatalog catalog) {
    Assumptions s = a.assumptions();
    String config = "service configuration";
    List<Assumption> out = new ArrayList<>();
    out.add(
        new Assumption(
            "Price list", catalog.name(), "", catalog.provider() + " " + catalog.regionName()));
    out.add(
        new Assumption(
            "Broker disk type", a.diskType(), "", "cluster configuration or catalog default"));
    out.add(
        new Assumption(
            "Object storage class", a.objectStorageClass(), "", "price catalog default"));
    if (a.compute().compute().isPresent()) {
      ClusterCompute c = a.compute().compute().get();
      out.add(
          new Assumption(
              "Broker instance type", c.instanceType(), "", "cluster configuration or snapshot"));
      out.add(
          new Assumption(
              "Brokers",
              Integer.toString(c.brokers()),
              "brokers",
              ClusterCompute.FROM_CLUSTER.equals(c.boundBy())
                  ? "the brokers the cluster lists"
                  : "sized from the topics' traffic, disk and partitions (bound by "
                      + c.boundBy()
                      + ")"));
    } else {
      out.add(
          new Assumption(
              "Broker instance type",
              "unknown",
              "",
              "not set for the cluster, so broker compute is not priced"));
    }
    out.add(new Assumption("Hours in a month", plain(s.hoursPerMonth()), "hours", config));
    out.add(
        new Assumption(
            "Size of a gigabyte",
            Long.toString(s.gigabyteBytes()),
            "bytes (" + Quantity.size(s.gigabyteBytes()) + ")",
            config));
    out.add(new Assumption("Disk kept free", plain(s.diskFreeFraction() * 100), "%", config));
    out.add(
        new Assumption(
            "Availability zones",
            Integer.toString(s.availabilityZones()),
            "zones",
            "brokers' racks, else " + config));
    out.add(
        new Assumption(
            "Producers send within their zone", s.zoneAwareProducers() ? "yes" : "no", "", config));
    out.add(
        new Assumption(
            "Consumers read from a replica in their zone",
            s.followerFetching() ? "yes" : "no",
            "",
            config));
    out.add(new Assumption("Reads served from cache", plain(s.cacheHitRatio() * 100), "%", config));
    return out;
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
