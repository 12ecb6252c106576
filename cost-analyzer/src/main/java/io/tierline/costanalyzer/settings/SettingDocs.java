package io.tierline.costanalyzer.settings;

import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.BrokerSizing;
import io.tierline.costanalyzer.recommend.RuleSettings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's table of defaults, generated from the default values themselves, so that it cannot drift from
 * the code. Every field of {@link EstimateDefaults}, {@link Assumptions}, {@link BrokerSizing} and
 * {@link RuleSettings} must have a description here; the README test fails when one is missing or the table is
 * stale.
 */
public final class SettingDocs {

  private static final Map<String, String> MEANING = new LinkedHashMap<>();

  static {
    MEANING.put("priceCatalog", "catalog priced with when the request names none");
    MEANING.put("partitions", "partitions of an estimated workload (open segments and `retention.bytes` count per partition)");
    MEANING.put("retentionBytes", "`retention.bytes` per partition; −1 unlimited");
    MEANING.put("segmentBytes", "`segment.bytes`");
    MEANING.put("segmentMs", "`segment.ms`: a slow partition's segment rolls by age");
    MEANING.put("consumerGroups", "consumer groups reading the workload");
    MEANING.put("remoteStorageEnabled", "whether the workload is tiered");
    MEANING.put("localRetentionMs", "`local.retention.ms`; −2 same as retention");
    MEANING.put("localRetentionBytes", "`local.retention.bytes`; −2 same as retention");
    MEANING.put("historicalReadFraction", "share of consumed bytes read from tiered data (snapshot topics may measure it)");
    MEANING.put("gigabyteBytes", "the GB prices are quoted in: 2^30 as cloud bills measure, 10^9 for published calculators");
    MEANING.put("hoursPerMonth", "hours in a billed month");
    MEANING.put("diskFreeFraction", "share of each broker disk kept empty; provisioned = local ÷ (1 − this)");
    MEANING.put("availabilityZones", "zones of brokers and clients (analyze: the number of broker racks, if given)");
    MEANING.put("zoneAwareProducers", "producers write to a leader in their own zone");
    MEANING.put("followerFetching", "consumers read from a replica in their zone (KIP-392)");
    MEANING.put("chunkBytes", "the plugin's chunk: parts hold whole chunks, reads fetch chunks");
    MEANING.put("minPartBytes", "S3's smallest multipart part; the part is the fewest whole chunks reaching it (8 MiB)");
    MEANING.put("indexObjectsPerSegment", "index objects the plugin writes per segment");
    MEANING.put("manifestObjectsPerSegment", "manifest objects the plugin writes per segment (written last)");
    MEANING.put("cacheHitRatio", "share of remote chunk reads the plugin's cache serves without a GET");
    MEANING.put("maxDiskBytesPerBroker", "provisioned disk per broker when sizing brokers (the largest EBS gp3 volume)");
    MEANING.put("networkUtilization", "share of an instance's bandwidth steady traffic may use");
    MEANING.put("maxPartitionReplicasPerBroker", "partition replicas per broker");
    MEANING.put("order", "rules in the order they run; each sees the topic as the earlier ones left it");
    MEANING.put("lagSafetyFactor", "local retention and shortened retention cover the worst group's lag × this");
    MEANING.put("minRetentionMs", "shortened retention never goes below this");
    MEANING.put("maxRetentionFraction", "retention is shortened only to at most this share of the current value");
    MEANING.put("deliberateRetentionMs", "retention this long or longer is taken as deliberate (compliance) and kept");
    MEANING.put("followerFetchingMinMonthlyCost", "consumer cross-zone cost per topic (USD/month) from which follower fetching is advised");
    MEANING.put("smallSegmentBytes", "tiered segments below this are flagged");
    MEANING.put("targetSegmentBytes", "segment size proposed instead (capped by `retention.bytes` and `local.retention.bytes`)");
    MEANING.put("infrequentAccessMinRetentionMs", "an infrequent-access class needs at least this retention (and the class's minimum duration)");
    MEANING.put("infrequentAccessMaxReadFraction", "and at most this share of reads from old data");
    MEANING.put("minMonthlySavings", "recommendations saving less (USD/month) are dropped");
  }

  private SettingDocs() {}

  /** The markdown table: setting, default, meaning; grouped as request defaults, assumptions and rules. */
  public static String markdownTable() {
    EstimateDefaults d = EstimateDefaults.standard();
    StringBuilder b = new StringBuilder("| group | setting | default | meaning |\n|---|---|---|---|\n");
    rows(b, "request", d, List.of("assumptions", "brokerSizing"));
    rows(b, "assumptions", d.assumptions(), List.of());
    rows(b, "brokerSizing", d.brokerSizing(), List.of());
    rows(b, "rules", RuleSettings.defaults(), List.of());
    return b.toString();
  }

  private static void rows(StringBuilder b, String group, Record values, List<String> skip) {
    for (RecordComponent c : values.getClass().getRecordComponents()) {
      if (skip.contains(c.getName())) {
        continue;
      }
      String meaning = MEANING.get(c.getName());
      if (meaning == null) {
        throw new IllegalStateException(c.getName() + ": no description in SettingDocs");
      }
      String prefix = switch (group) {
        case "request" -> c.getName().equals("priceCatalog") ? "assumptions." : "workload.";
        default -> group + ".";
      };
      String name = prefix + c.getName();
      b.append("| ").append(group).append(" | `").append(name).append("` | ").append(format(c.getName(), value(c, values)))
          .append(" | ").append(meaning).append(" |\n");
    }
  }

  private static Object value(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  static String format(String name, Object v) {
    if (v instanceof List<?> list) {
      return String.join(", ", list.stream().map(Object::toString).toList());
    }
    if (v instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (v instanceof Long l && l > 0 && name.endsWith("Bytes")) {
      return l + " (" + binary(l) + ")";
    }
    if (v instanceof Long l && l > 0 && name.endsWith("Ms")) {
      return l + " (" + (l % 86_400_000L == 0 ? l / 86_400_000L + " d" : l / 3_600_000.0 + " h") + ")";
    }
    return String.valueOf(v);
  }

  private static String binary(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    double v = bytes;
    while (v >= 1024 && u < units.length - 1 && v % 1024 == 0) {
      v /= 1024;
      u++;
    }
    return (long) v + " " + units[u];
  }
}
