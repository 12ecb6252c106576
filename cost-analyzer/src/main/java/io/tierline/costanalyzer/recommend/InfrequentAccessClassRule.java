package io.tierline.costanalyzer.recommend;

import io.tierline.costanalyzer.model.Prices;
import io.tierline.costanalyzer.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Move a tiered topic to the catalog's cheapest object storage class for its read rate and
 * retention: each class is priced whole by the model (storage with its minimum duration, minimum
 * object size, age tiers and monitoring fee; requests at the class's prices; retrieval fees on the
 * old data read). A class with a retrieval fee is only proposed for data kept at least the
 * configured minimum (30 days by default) and read from old data at most the configured share, as
 * measured read rates are noisy and its fees grow with every reader who comes back. The risk states
 * what a lagging consumer group re-reading the retained data once a month would add.
 */
final class InfrequentAccessClassRule implements RecommendationRule {

  static final String NAME = "infrequent-access-class";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Proposal> evaluate(TopicScenario s, RuleContext ctx) {
    if (!s.config().remoteStorageEnable()) {
      return Optional.empty();
    }
    String best = s.objectStorageClass();
    double bestCost = ctx.cost(s).totalMonthlyCost();
    for (String candidate : ctx.pricesByStorageClass().keySet().stream().sorted().toList()) {
      TopicScenario moved = s.withObjectStorageClass(candidate);
      double cost = ctx.cost(moved).totalMonthlyCost();
      if (cost < bestCost && allowed(s, ctx, ctx.pricesByStorageClass().get(candidate))) {
        best = candidate;
        bestCost = cost;
      }
    }
    if (best.equals(s.objectStorageClass())) {
      return Optional.empty();
    }
    TopicScenario after = s.withObjectStorageClass(best);
    Workload w = s.workload();
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "data kept "
            + Quantities.duration(w.retention().effectiveMs(w.bytesPerSecondPerPartition())));
    evidence.add("share of reads from old data: " + w.historicalReadFraction());
    for (Map.Entry<String, Prices> c : ctx.pricesByStorageClass().entrySet()) {
      evidence.add(
          c.getKey()
              + ": "
              + money(ctx.cost(s.withObjectStorageClass(c.getKey())).totalMonthlyCost())
              + "/month");
    }
    evidence.add(
        "in the plugin: rsm.config.storage.class.rules="
            + java.util.regex.Pattern.quote(s.topic().name())
            + "="
            + best.toUpperCase(Locale.ROOT).replace('-', '_'));
    return Optional.of(
        new Proposal(
            List.of(
                new ConfigChange(
                    ConfigChange.STORAGE, "object storage class", s.objectStorageClass(), best)),
            after,
            List.of(
                "If a lagging consumer group re-read the retained data once a month, "
                    + best
                    + " would cost "
                    + money(rereadCost(after, ctx) - rereadCost(s, ctx))
                    + "/month more in retrieval fees and GETs",
                "Objects deleted early are billed for the class's minimum duration; small objects"
                    + " (indexes, manifests) at its minimum size"),
            evidence));
  }

  /** Whether the settings let a class with a retrieval fee take this topic. */
  private static boolean allowed(TopicScenario s, RuleContext ctx, Prices p) {
    if (p.objectRetrievalPerGb() == 0) {
      return true;
    }
    Workload w = s.workload();
    RuleSettings settings = ctx.settings();
    double keptMs = w.retention().effectiveMs(w.bytesPerSecondPerPartition());
    return keptMs >= settings.infrequentAccessMinRetentionMs()
        && w.historicalReadFraction() <= settings.infrequentAccessMaxReadFraction();
  }

  /** Retrieval fees and GETs of reading the remote bytes once more in a month. */
  static double rereadCost(TopicScenario s, RuleContext ctx) {
    Prices p = ctx.prices(s);
    double remote = ctx.cost(s).storage().remoteBytes();
    double gets = remote / s.assumptions().chunkBytes();
    return remote / s.assumptions().gigabyteBytes() * p.objectRetrievalPerGb()
        + gets / 1000 * p.getPer1000();
  }

  private static String money(double usd) {
    return String.format(Locale.ROOT, "$%.2f", usd);
  }
}
