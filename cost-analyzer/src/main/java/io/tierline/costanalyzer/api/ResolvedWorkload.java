package io.tierline.costanalyzer.api;

/** The workload an estimate used, in Kafka's terms, with the defaults filled in. */
public record ResolvedWorkload(
    double ingressBytesPerSecond,
    int replicationFactor,
    long retentionMs,
    long retentionBytes,
    int partitions,
    long segmentBytes,
    long segmentMs,
    int consumerGroups,
    boolean remoteStorageEnabled,
    long localRetentionMs,
    long localRetentionBytes,
    double historicalReadFraction,
    Long currentSizeBytes) {}
