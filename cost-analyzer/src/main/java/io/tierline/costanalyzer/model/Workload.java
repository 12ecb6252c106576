package io.tierline.costanalyzer.model;

import java.util.OptionalLong;

/**
 * One topic's workload, or a whole cluster's taken as one topic. Bytes are as stored on disk (after
 * producer compression) and rates are bytes per second, summed over the topic's partitions.
 *
 * @param ingressBytesPerSecond bytes written per second (one copy)
 * @param replicationFactor copies of each partition
 * @param partitions partitions of the topic; {@code retention.bytes} and open segments count per
 *     partition
 * @param retention total retention
 * @param localRetention retention on broker disks when tiered (ignored otherwise); capped at {@code
 *     retention}
 * @param remoteStorageEnabled whether closed segments are tiered to object storage
 * @param segmentBytes {@code segment.bytes}
 * @param segmentMs {@code segment.ms}: a segment rolls when it is this old even if not full
 * @param consumerGroups groups that read the topic
 * @param historicalReadFraction share of consumed bytes read from data older than local retention
 * @param currentSizeBytes the topic's size now (one copy), used when retention is unlimited
 * @param remoteReadSegmentsBehind for the groups that read remote data, how many rolled segments of
 *     a partition lie between the one a group reads and the newest one; infinite when unknown (a
 *     reader far behind). A reader this close to the bucket's head finds few new segments per LIST
 */
public record Workload(
    double ingressBytesPerSecond,
    int replicationFactor,
    int partitions,
    Retention retention,
    Retention localRetention,
    boolean remoteStorageEnabled,
    long segmentBytes,
    long segmentMs,
    int consumerGroups,
    double historicalReadFraction,
    OptionalLong currentSizeBytes,
    double remoteReadSegmentsBehind) {

  /** A workload whose remote readers, if any, read far behind the newest segment. */
  public Workload(
      double ingressBytesPerSecond,
      int replicationFactor,
      int partitions,
      Retention retention,
      Retention localRetention,
      boolean remoteStorageEnabled,
      long segmentBytes,
      long segmentMs,
      int consumerGroups,
      double historicalReadFraction,
      OptionalLong currentSizeBytes) {
    this(
        ingressBytesPerSecond,
        replicationFactor,
        partitions,
        retention,
        localRetention,
        remoteStorageEnabled,
        segmentBytes,
        segmentMs,
        consumerGroups,
        historicalReadFraction,
        currentSizeBytes,
        Double.POSITIVE_INFINITY);
  }

  public Workload {
    Checks.notNegative("ingressBytesPerSecond", ingressBytesPerSecond);
    Checks.positive("replicationFactor", replicationFactor);
    Checks.positive("partitions", partitions);
    Checks.required("retention", retention);
    Checks.required("localRetention", localRetention);
    Checks.positive("segmentBytes", segmentBytes);
    Checks.positive("segmentMs", segmentMs);
    Checks.notNegative("consumerGroups", consumerGroups);
    Checks.fraction("historicalReadFraction", historicalReadFraction, true);
    Checks.required("currentSizeBytes", currentSizeBytes);
    currentSizeBytes.ifPresent(v -> Checks.notNegative("currentSizeBytes", v));
    if (!(remoteReadSegmentsBehind >= 0)) {
      throw new IllegalArgumentException(
          "remoteReadSegmentsBehind: must be a number >= 0, was " + remoteReadSegmentsBehind);
    }
    if (retention.isUnlimited() && currentSizeBytes.isEmpty() && ingressBytesPerSecond > 0) {
      throw new IllegalArgumentException(
          "currentSizeBytes: is required when retention is unlimited (retentionMs and"
              + " retentionBytes both -1)");
    }
  }

  public double bytesPerSecondPerPartition() {
    return ingressBytesPerSecond / partitions;
  }

  public Workload withRemoteStorage(boolean enabled, Retention local) {
    return new Workload(
        ingressBytesPerSecond,
        replicationFactor,
        partitions,
        retention,
        local,
        enabled,
        segmentBytes,
        segmentMs,
        consumerGroups,
        historicalReadFraction,
        currentSizeBytes,
        remoteReadSegmentsBehind);
  }
}
