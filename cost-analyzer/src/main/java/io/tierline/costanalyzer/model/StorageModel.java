package io.tierline.costanalyzer.model;

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
    double billedRemote = billedRemoteBytes(w, remote, p);
    double objectCost = p.objectStorage().monthlyCost(billedRemote / gb);
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
   * An object deleted before the storage class's minimum duration is billed for the minimum anyway.
   */
  private static double billedRemoteBytes(Workload w, double remote, Prices p) {
    double minimumMs = p.objectMinimumDurationDays() * 86_400_000.0;
    double keptMs = w.retention().effectiveMs(w.bytesPerSecondPerPartition());
    return keptMs > 0 && keptMs < minimumMs ? remote * (minimumMs / keptMs) : remote;
  }
}
