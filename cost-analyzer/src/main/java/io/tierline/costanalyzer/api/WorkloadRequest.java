package io.tierline.costanalyzer.api;

/**
 * A workload as the estimate request gives it, with Kafka's own values: −1 for unlimited retention,
 * −2 for local retention "same as retention". Absent optional fields take the configured defaults;
 * the three required fields are checked when the request is answered, so that an unknown field is
 * reported first.
 */
public record WorkloadRequest(
    Double ingressBytesPerSecond,
    Integer replicationFactor,
    Long retentionMs,
    Long retentionBytes,
    Integer partitions,
    Long segmentBytes,
    Long segmentMs,
    Integer consumerGroups,
    Boolean remoteStorageEnabled,
    Long localRetentionMs,
    Long localRetentionBytes,
    Double historicalReadFraction,
    Long currentSizeBytes) {}
