package io.tierline.costanalyzer.recommend;

import io.tierline.costanalyzer.inventory.TopicConfig;
import java.util.Optional;

/**
 * Kafka's own constraints on a topic configuration; a proposal that breaks one is never emitted.
 */
public final class KafkaRules {

  static final long MIN_SEGMENT_BYTES = 1L << 20;

  private KafkaRules() {}

  /**
   * The first broken constraint of a configuration that a rule proposes, or empty if it is valid.
   */
  public static Optional<String> violation(TopicConfig c) {
    if (c.remoteStorageEnable() && !c.deletesOnly()) {
      return Optional.of(
          "remote.storage.enable=true needs cleanup.policy=delete, is " + c.cleanupPolicy());
    }
    if (exceeds(c.localRetentionMs(), c.retentionMs())) {
      return Optional.of(
          "local.retention.ms " + c.localRetentionMs() + " > retention.ms " + c.retentionMs());
    }
    if (exceeds(c.localRetentionBytes(), c.retentionBytes())) {
      return Optional.of(
          "local.retention.bytes "
              + c.localRetentionBytes()
              + " > retention.bytes "
              + c.retentionBytes());
    }
    if (c.segmentBytes() < MIN_SEGMENT_BYTES) {
      return Optional.of("segment.bytes " + c.segmentBytes() + " < 1 MiB");
    }
    return Optional.empty();
  }

  /** Local above total, with −2 meaning "same" and −1 meaning unlimited on either side. */
  private static boolean exceeds(long local, long total) {
    if (local == -2 || total == -1) {
      return false;
    }
    return local == -1 || local > total;
  }
}
