package io.tierline.costanalyzer.model;

import java.util.List;

/**
 * Local, provisioned and remote bytes, and what they cost.
 *
 * <p>Each partition retains the smaller of age × rate and {@code retention.bytes}, plus its open
 * segment, which never leaves the broker. Tiered, the broker keeps only the local-retention share
 * of that, and object storage holds the whole retained window once: Kafka uploads each segment when
 * it rolls, and local retention deletes only segments already uploaded.
 */
final class StorageModel {

  StorageCost cost(Workload w, Assumptions a, Prices p) {
    double retained = retainedPerPartition(w, w.retention());
    double local =
        w.remoteStorageEnabled()
            ? Math.min(retained, retainedPerPartition(w, w.localRetention()))
            : retained;
    double localBytes = (local + openSegmentBytes(w)) * w.partitions() * w.replicationFactor();
    double provisioned = localBytes / (1 - a.diskFreeFraction());
    double remote = w.remoteStorageEnabled() ? retained * w.partitions() : 0;
    double gb = a.gigabyteBytes();
    double diskCost = provisioned / gb * p.diskPerGbMonth();
    double segment = openSegmentBytes(w);
    double objects = remote > 0 && segment > 0 ? remote / segment : 0;
    double billedRemote =
        billedRemoteBytes(w, remote, p) + objects * smallObjectBytes(segment, a, p);
    double objectCost =
        ageTieredCost(w, billedRemote / gb, p)
            + (segment >= p.objectMinimumBytes() ? objects : 0)
                * p.objectMonitoringPer1000()
                / 1000;
    return new StorageCost(
        Math.round(localBytes),
        Math.round(provisioned),
        Math.round(remote),
        Math.round(billedRemote),
        diskCost,
        objectCost);
  }

  /**
   * Closed data one partition keeps under a limit. Kafka's steady state is rate × age, capped by
   * size; without an age limit and without writes, what is there now stays, and without any limit
   * the current size is used.
   */
  static double retainedPerPartition(Workload w, Retention limit) {
    double rate = w.bytesPerSecondPerPartition();
    double steady = limit.partitionBytes(rate);
    boolean growsForever = Double.isInfinite(steady);
    boolean frozen = rate == 0 && limit.ms().isEmpty();
    if (growsForever || frozen) {
      double current =
          w.currentSizeBytes().isPresent()
              ? (double) w.currentSizeBytes().getAsLong() / w.partitions()
              : 0;
      return Math.min(current, steady);
    }
    return steady;
  }

  /**
   * The active segment: full size, or what {@code segment.ms} lets it reach at this rate before it
   * rolls.
   */
  static double openSegmentBytes(Workload w) {
    return Math.min(w.segmentBytes(), w.bytesPerSecondPerPartition() * w.segmentMs() / 1000.0);
  }

  /**
   * What a class's minimum object size adds per segment: the log up to the minimum, and the index
   * and manifest objects counted as below it (a manifest is a few KiB; this overstates an index
   * object of more than the minimum by at most the minimum).
   */
  private static double smallObjectBytes(double segment, Assumptions a, Prices p) {
    double min = p.objectMinimumBytes();
    return Math.max(0, min - segment)
        + (a.indexObjectsPerSegment() + a.manifestObjectsPerSegment()) * min;
  }

  /**
   * Storage priced by age where the class has age tiers (S3 Intelligent-Tiering), taking the
   * retained window's ages as spread evenly and old data as unread: data younger than the first
   * tier pays {@code objectStorage}, older data the price of its tier.
   */
  private static double ageTieredCost(Workload w, double gb, Prices p) {
    double keptDays = w.retention().effectiveMs(w.bytesPerSecondPerPartition()) / 86_400_000.0;
    if (p.objectAgeTiers().isEmpty() || !(keptDays > 0) || Double.isInfinite(keptDays)) {
      return p.objectStorage().monthlyCost(gb);
    }
    List<Prices.AgeTier> tiers = p.objectAgeTiers();
    double young = Math.min(keptDays, tiers.get(0).afterDays()) / keptDays;
    double cost = p.objectStorage().monthlyCost(gb * young);
    for (int i = 0; i < tiers.size(); i++) {
      double from = Math.min(keptDays, tiers.get(i).afterDays());
      double to =
          i + 1 < tiers.size() ? Math.min(keptDays, tiers.get(i + 1).afterDays()) : keptDays;
      cost += gb * (to - from) / keptDays * tiers.get(i).pricePerGbMonth();
    }
    return cost;
  }

  /**
   * An object deleted before the storage class's minimum duration is billed for the minimum anyway.
   */
  private static double billedRemoteBytes(Workload w, double remote, Prices p) {
    double minimumMs = p.objectMinimumDurationDays() * 86_400_000.0;
    double keptMs = w.retention().effectiveMs(w.bytesPerSecondPerPartition());
    return keptMs > 0 && keptMs < minimumMs ? remote * (minimumMs / keptMs) : remote;
  }
}
