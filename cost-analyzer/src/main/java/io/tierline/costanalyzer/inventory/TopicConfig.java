package io.tierline.costanalyzer.inventory;

import java.util.Map;

/**
 * The topic keys the model reads, parsed, with Kafka's defaults for keys left out. Values are kept
 * in Kafka's terms (−1 unlimited, −2 "same as retention") because recommendations are changes to
 * these keys.
 */
public record TopicConfig(
    String cleanupPolicy,
    long retentionMs,
    long retentionBytes,
    long localRetentionMs,
    long localRetentionBytes,
    boolean remoteStorageEnable,
    long segmentBytes,
    long segmentMs) {

  public static final String CLEANUP_POLICY = "cleanup.policy";
  public static final String RETENTION_MS = "retention.ms";
  public static final String RETENTION_BYTES = "retention.bytes";
  public static final String LOCAL_RETENTION_MS = "local.retention.ms";
  public static final String LOCAL_RETENTION_BYTES = "local.retention.bytes";
  public static final String REMOTE_STORAGE_ENABLE = "remote.storage.enable";
  public static final String SEGMENT_BYTES = "segment.bytes";
  public static final String SEGMENT_MS = "segment.ms";

  /** Kafka's topic defaults for the keys above. */
  static final Map<String, String> KAFKA_DEFAULTS =
      Map.of(
          CLEANUP_POLICY, "delete",
          RETENTION_MS, "604800000",
          RETENTION_BYTES, "-1",
          LOCAL_RETENTION_MS, "-2",
          LOCAL_RETENTION_BYTES, "-2",
          REMOTE_STORAGE_ENABLE, "false",
          SEGMENT_BYTES, "1073741824",
          SEGMENT_MS, "604800000");

  /** Parses a topic's configs; an error names the key ({@code configs.retention.ms: ...}). */
  public static TopicConfig of(Map<String, String> configs) {
    String boolValue = value(configs, REMOTE_STORAGE_ENABLE);
    if (!boolValue.equals("true") && !boolValue.equals("false")) {
      throw new IllegalArgumentException(
          "configs."
              + REMOTE_STORAGE_ENABLE
              + ": must be true or false, was \""
              + boolValue
              + "\"");
    }
    Map<String, String> c = configs;
    return new TopicConfig(
        value(c, CLEANUP_POLICY),
        number(c, RETENTION_MS, -1),
        number(c, RETENTION_BYTES, -1),
        number(c, LOCAL_RETENTION_MS, -2),
        number(c, LOCAL_RETENTION_BYTES, -2),
        Boolean.parseBoolean(boolValue),
        number(c, SEGMENT_BYTES, 1),
        number(c, SEGMENT_MS, 1));
  }

  /** Tiered storage is allowed only where the policy is exactly {@code delete}. */
  public boolean deletesOnly() {
    return cleanupPolicy.equals("delete");
  }

  /** Whether retention deletes old data at all ({@code delete} or {@code compact,delete}). */
  public boolean deletes() {
    for (String p : cleanupPolicy.split(",")) {
      if (p.trim().equals("delete")) {
        return true;
      }
    }
    return false;
  }

  private static String value(Map<String, String> configs, String key) {
    String v = configs.get(key);
    return (v != null ? v : KAFKA_DEFAULTS.get(key)).trim();
  }

  /**
   * A whole number of at least {@code min} (Kafka's −1 "unlimited" and −2 "same as retention"
   * included).
   */
  private static long number(Map<String, String> c, String key, long min) {
    String v = value(c, key);
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "configs." + key + ": must be a whole number, was \"" + v + "\"", e);
    }
    if (n < min) {
      throw new IllegalArgumentException("configs." + key + ": must be >= " + min + ", was " + n);
    }
    return n;
  }
}
