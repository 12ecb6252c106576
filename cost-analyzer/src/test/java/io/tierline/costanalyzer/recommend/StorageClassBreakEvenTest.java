package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.recommend.TopicScenarios.DAY_MS;
import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.inventory.ConsumerGroupLag;
import io.tierline.costanalyzer.model.CostModel;
import io.tierline.costanalyzer.model.Prices;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.pricing.PriceCatalogLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The class the rule picks on both sides of each break-even point, with the shipped AWS catalog's
 * prices. A topic's monthly cost in a class is linear in its share of reads from old data, so each
 * break-even share is solved from the costs at shares 0 and 1 in the test; the rule must pick the
 * cheaper class 5% below it and the other 5% above it. The rule's guards (minimum retention,
 * maximum read share) are off here, so that only the prices decide.
 */
class StorageClassBreakEvenTest {
  private static final PriceCatalog AWS =
      new PriceCatalogLoader().load(Path.of("..", "config", "pricing")).get("aws-us-east-1");
  private static final RuleSettings PRICES_ONLY =
      new RuleSettings(
          Rules.DEFAULT_ORDER,
          2.0,
          3 * DAY_MS,
          0.5,
          90 * DAY_MS,
          50.0,
          64L << 20,
          1L << 30,
          0,
          1.0,
          0.0);

  private final InfrequentAccessClassRule rule = new InfrequentAccessClassRule();

  private static RuleContext context(String... classes) {
    Map<String, Prices> prices = new HashMap<>();
    for (String c : classes) {
      prices.put(c, AWS.prices("gp3", c));
    }
    return new RuleContext(new CostModel(), prices, Optional.empty(), PRICES_ONLY, 3);
  }

  /**
   * Ten consumer groups: reading the old data no more than once a month, a class with a retrieval
   * fee pays off on data kept 180 days, so the break-even lies beyond what one group can read.
   */
  private static final List<ConsumerGroupLag> READERS =
      IntStream.range(0, 10).mapToObj(i -> new ConsumerGroupLag("g" + i, 60_000L)).toList();

  /** 12 partitions at 1 MB/s, tiered, 1 GiB segments, kept {@code days}, read by ten groups. */
  private static TopicScenario topic(long days, double readShare) {
    return TopicScenarios.topic(
        "events",
        12,
        1_000_000,
        Map.of(
            "retention.ms", Long.toString(days * DAY_MS),
            "remote.storage.enable", "true",
            "local.retention.ms", Long.toString(DAY_MS)),
        READERS,
        readShare);
  }

  private static double cost(RuleContext ctx, long days, double share, String storageClass) {
    return ctx.cost(topic(days, share).withObjectStorageClass(storageClass)).totalMonthlyCost();
  }

  /** The read share at which {@code cheaper} (cheaper to keep) and {@code other} cost the same. */
  private static double breakEven(RuleContext ctx, long days, String cheaper, String other) {
    double storageGap = cost(ctx, days, 0, other) - cost(ctx, days, 0, cheaper);
    double readGap =
        (cost(ctx, days, 1, cheaper) - cost(ctx, days, 0, cheaper))
            - (cost(ctx, days, 1, other) - cost(ctx, days, 0, other));
    return storageGap / readGap;
  }

  private String chosen(RuleContext ctx, long days, double share, String from) {
    return rule.evaluate(topic(days, share).withObjectStorageClass(from), ctx)
        .map(p -> p.after().objectStorageClass())
        .orElse(from);
  }

  @ParameterizedTest(name = "{1} against {2}, {0} days")
  @CsvSource({
    "180, standard-ia, standard",
    "180, glacier-ir, standard",
    "180, glacier-ir, standard-ia",
    "180, glacier-ir, intelligent-tiering",
    "60, glacier-ir, standard-ia"
  })
  void readShare_eachSideOfTheBreakEven_picksTheCheaperClass(
      long days, String cheaperToKeep, String cheaperToRead) {
    RuleContext ctx = context(cheaperToKeep, cheaperToRead);
    double share = breakEven(ctx, days, cheaperToKeep, cheaperToRead);
    assertThat(share).as("break-even share of old reads").isBetween(0.0, 1.0);

    assertThat(chosen(ctx, days, share * 0.95, cheaperToRead)).isEqualTo(cheaperToKeep);
    assertThat(chosen(ctx, days, share * 1.05, cheaperToKeep)).isEqualTo(cheaperToRead);
  }

  /**
   * With no reads, retention decides: below the retention at which the minimum duration's surcharge
   * eats the cheaper price (or, for Intelligent-Tiering, before its older tiers outweigh the
   * monitoring fee), STANDARD stays.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"standard-ia", "glacier-ir", "intelligent-tiering"})
  void retention_eachSideOfTheMinimumDurationBreakEven_picksTheCheaperClass(String cold) {
    RuleContext ctx = context("standard", cold);
    long low = 1;
    long high = 120;
    // Costs fall with retention for the cold class relative to STANDARD: bisect on whole days.
    while (high - low > 1) {
      long mid = (low + high) / 2;
      double gap = cost(ctx, mid, 0, cold) / mid - cost(ctx, mid, 0, "standard") / mid;
      if (gap < 0) {
        high = mid;
      } else {
        low = mid;
      }
    }
    assertThat(chosen(ctx, low, 0, "standard")).as("kept %d days", low).isEqualTo("standard");
    assertThat(chosen(ctx, high, 0, "standard")).as("kept %d days", high).isEqualTo(cold);
  }
}
