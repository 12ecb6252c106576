package io.tierline.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/** Reports named after the cluster they describe, for tests, golden files and the benchmark. */
public final class SampleReports {
  static final ChargePeriod NOVEMBER_2026 =
      ChargePeriod.of("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
  private static final Instant GENERATED_AT = Instant.parse("2026-11-22T06:00:00Z");
  static final Billing BILLING =
      new Billing(
          "platform-eng-prod",
          "Platform engineering (production)",
          "AWS",
          "AWS",
          "AWS",
          Optional.of(new Billing.Region("us-east-1", "US East (N. Virginia)")));
  static final CostBasis ESTIMATE =
      new CostBasis(
          CostBasis.Kind.ESTIMATE, "the cluster's settings and the rates measured on 22 Nov 2026");

  private SampleReports() {}

  /**
   * Eight topics of four teams (one topic unassigned) on a three-zone AWS cluster for November
   * 2026, with three recommendations and three earlier months. One label holds a comma, quotes and
   * an accent, so every format's quoting and UTF-8 handling shows in its golden file.
   */
  public static Report smallClusterWithHistory() {
    return smallClusterWithHistory(UnaryOperator.identity());
  }

  /**
   * The same cluster with two topics named as long as real clusters name them
   * ("payments.card-authorisations.eu-west-1.v3.retry-after-fraud-check"): what can push a table
   * out of the page.
   */
  public static Report smallClusterWithLongTopicNames() {
    Map<String, String> longNames =
        Map.of(
            "payments.orders",
            "payments.card-authorisations.eu-west-1.v3.retry-after-fraud-check",
            "checkout.clicks",
            "checkout.web-and-mobile-click-stream.raw-events.partitioned-by-session");
    return smallClusterWithHistory(name -> longNames.getOrDefault(name, name));
  }

  private static Report smallClusterWithHistory(UnaryOperator<String> name) {
    SampleRows rows = new SampleRows(NOVEMBER_2026);
    rows.topic(
        name.apply("payments.orders"),
        "payments",
        Map.of("cost-centre", "CC-100"),
        900,
        4_200,
        2_700,
        9_500_000,
        1_900_000,
        120);
    rows.topic(
        name.apply("payments.refunds"),
        "payments",
        Map.of("cost-centre", "CC-100"),
        40,
        310,
        95,
        600_000,
        80_000,
        8);
    rows.topic(
        name.apply("checkout.events"),
        "checkout",
        Map.of("cost-centre", "CC-205, \"Growth\" équipe"),
        620,
        0,
        1_900,
        0,
        0,
        90);
    rows.topic(name.apply("checkout.clicks"), "checkout", Map.of(), 1_450, 0, 5_100, 0, 0, 150);
    rows.topic(
        name.apply("logistics.shipments"),
        "logistics",
        Map.of("cost-centre", "CC-310"),
        260,
        2_050,
        480,
        2_300_000,
        410_000,
        30);
    rows.topic(
        name.apply("logistics.tracking"),
        "logistics",
        Map.of("cost-centre", "CC-310"),
        75,
        890,
        300,
        1_100_000,
        2_600_000,
        16);
    rows.topic(
        name.apply("audit.log"),
        "security",
        Map.of("retention", "7 years"),
        3_100,
        0,
        900,
        0,
        0,
        60);
    rows.topic(
        name.apply("tmp-debug-stream"), CostRow.UNASSIGNED_TEAM, Map.of(), 180, 0, 40, 0, 0, 4);
    return new Report(
        "prod-eu-1",
        "USD",
        GENERATED_AT,
        BILLING,
        ESTIMATE,
        assumptions(),
        prices(),
        rows.rows(),
        List.of(),
        List.of(
            new Recommendation(
                name.apply("audit.log"),
                "Move data older than 1 day to object storage",
                new BigDecimal("454.72"),
                List.of(
                    "Reads of old audit data take longer (about 100 ms more for the first byte)")),
            new Recommendation(
                name.apply("checkout.clicks"),
                "Keep 3 days instead of 7",
                new BigDecimal("92.81"),
                List.of(
                    "Consumers that fall more than 3 days behind lose data",
                    "Needs the checkout team's approval")),
            new Recommendation(
                name.apply("checkout.events"),
                "Read from the nearest replica (follower fetching)",
                new BigDecimal("25.33"),
                List.of())),
        List.of(
            new HistoryPoint(
                ChargePeriod.of("2026-08-01T00:00:00Z", "2026-09-01T00:00:00Z"),
                new BigDecimal("1318.44")),
            new HistoryPoint(
                ChargePeriod.of("2026-09-01T00:00:00Z", "2026-10-01T00:00:00Z"),
                new BigDecimal("1402.17")),
            new HistoryPoint(
                ChargePeriod.of("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z"),
                new BigDecimal("1497.90"))));
  }

  /**
   * A cluster of {@code topics} topics in 40 teams, every topic with all five cost categories for
   * November 2026, and one recommendation per 50 topics. Sizes come from a seeded generator, so the
   * report is the same on every run.
   */
  /**
   * The small cluster with its tiered topic measured: the bucket holds less than the model expects
   * (its window is still filling), and the requests are priced from the plugin's counts. The idle
   * topic's GETs were not measured (the plugin's counters were not read for it).
   */
  public static Report smallClusterMeasured() {
    return smallClusterWithHistory()
        .withMeasured(
            List.of(
                new MeasuredTopic(
                    "payments.transactions",
                    OptionalLong.of(37_748_736),
                    39_321_600,
                    OptionalLong.of(108),
                    OptionalLong.of(910_000),
                    915_000,
                    OptionalLong.of(612_000),
                    600_000,
                    OptionalLong.of(4_000),
                    Optional.of(new BigDecimal("4.82")),
                    new BigDecimal("4.81")),
                new MeasuredTopic(
                    "audit.<archive>",
                    OptionalLong.of(0),
                    0,
                    OptionalLong.of(0),
                    OptionalLong.empty(),
                    0,
                    OptionalLong.empty(),
                    0,
                    OptionalLong.empty(),
                    Optional.empty(),
                    BigDecimal.ZERO)));
  }

  public static Report largeCluster(int topics) {
    SplittableRandom random = new SplittableRandom(20261122L);
    SampleRows rows = new SampleRows(NOVEMBER_2026);
    List<Recommendation> recommendations = new ArrayList<>();
    for (int i = 0; i < topics; i++) {
      String team = "team-" + (i % 40);
      String topic = team + ".stream-" + i;
      rows.topic(
          topic,
          team,
          Map.of("cost-centre", "CC-" + (i % 97)),
          random.nextInt(1, 2_000),
          random.nextInt(0, 8_000),
          random.nextInt(1, 3_000),
          random.nextInt(0, 5_000_000),
          random.nextInt(0, 2_000_000),
          random.nextInt(1, 50));
      if (i % 50 == 0) {
        recommendations.add(
            new Recommendation(
                topic,
                "Move data older than 1 day to object storage",
                BigDecimal.valueOf(random.nextInt(100, 50_000), 2),
                List.of("Slower reads of old data")));
      }
    }
    return new Report(
        "large-" + topics,
        "USD",
        GENERATED_AT,
        BILLING,
        ESTIMATE,
        assumptions(),
        prices(),
        rows.rows(),
        List.of(),
        recommendations,
        List.of());
  }

  /** A report of the given rows with the sample's billing, basis, assumptions and prices. */
  public static Report of(
      String cluster,
      String currency,
      List<CostRow> rows,
      List<Recommendation> recommendations,
      List<HistoryPoint> history) {
    return new Report(
        cluster,
        currency,
        GENERATED_AT,
        BILLING,
        ESTIMATE,
        assumptions(),
        prices(),
        rows,
        List.of(),
        recommendations,
        history);
  }

  /**
   * A local-disk row whose cost is the pricing quantity at a unit price of 1, so that any cost can
   * be written; quantities are clamped to what a quantity may hold, so that a bad cost is what the
   * row rejects.
   */
  public static CostRow diskRow(String topic, String team, ChargePeriod period, String cost) {
    BigDecimal amount = new BigDecimal(cost).max(BigDecimal.ZERO).min(BigDecimal.valueOf(1e9));
    return new CostRow(
        topic,
        team,
        Map.of(),
        CostCategory.LOCAL_DISK,
        SampleRows.sku("test/unit", "Test unit", BigDecimal.ONE),
        period,
        new BigDecimal(cost),
        new Quantity(amount, Quantity.GB_MONTHS),
        new Quantity(amount, Quantity.GB_MONTHS),
        1,
        0);
  }

  static List<Assumption> assumptions() {
    return List.of(
        new Assumption("Price list", "AWS us-east-1", "", "config/pricing/aws-us-east-1.yaml"),
        new Assumption(
            "Copies of each message on broker disks",
            "3",
            "copies",
            "topic settings (replication factor)"),
        new Assumption("Disk space kept free", "50", "% of each disk", "service configuration"),
        new Assumption("Data-centre zones", "3", "zones", "cluster snapshot"),
        new Assumption("Hours in a month", "730", "hours", "service configuration"),
        new Assumption(
            "Gigabyte", "1,073,741,824", "bytes", "service configuration (binary, as AWS bills)"));
  }

  static List<Price> prices() {
    return List.of(
        new Price(
            "Broker disk (EBS gp3)",
            SampleRows.DISK,
            "USD per GB-month",
            "AWS list price, us-east-1"),
        new Price(
            "Object storage (S3 Standard)",
            SampleRows.OBJECT,
            "USD per GB-month",
            "AWS list price, us-east-1"),
        new Price(
            "Cross-zone transfer",
            SampleRows.CROSS_ZONE,
            "USD per GB",
            "AWS list price ($0.01 out + $0.01 in)"),
        new Price(
            "Object storage writes (PUT)",
            SampleRows.PUT,
            "USD per 1,000 requests",
            "AWS list price, us-east-1"),
        new Price(
            "Object storage reads (GET)",
            SampleRows.GET,
            "USD per 1,000 requests",
            "AWS list price, us-east-1"),
        new Price(
            "Broker server (m7g.xlarge)",
            SampleRows.BROKER_HOUR,
            "USD per hour",
            "AWS list price, us-east-1"));
  }
}
