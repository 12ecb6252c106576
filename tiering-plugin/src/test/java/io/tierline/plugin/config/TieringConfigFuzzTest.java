package io.tierline.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/**
 * 3,000 seeded configurations, valid ones with one to three keys (known, misspelt or unknown) set
 * to awkward values. Each either builds a configuration whose every accessor answers, or fails with
 * a {@link ConfigException}, which is what stops a broker at start-up naming the key; each within a
 * deadline.
 */
class TieringConfigFuzzTest {
  private static final long SEED = 20261205L;
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final String[] VALUES = {
    "",
    " ",
    "-1",
    "0",
    "1",
    "2147483648",
    "-9223372036854775809",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "0x10",
    "true",
    "FALSE",
    "s3",
    "filesystem",
    "minio",
    "zstd",
    "ZSTD ",
    "..",
    "a/../b",
    "/abs",
    "a//b",
    "http://",
    "http://127.0.0.1:9000",
    "https://[::1",
    "ftp://host",
    "http://h st",
    "\u0000",
    "\u00e9t\u00e9",
    "x".repeat(100_000),
    "${env:HOME}",
  };

  @Test
  void anyValues_buildAConfigOrFailWithConfigException() {
    List<String> keys = new ArrayList<>(TieringConfigDef.create().names());
    keys.addAll(List.of("chunk.sise", "storage.bucket.name", "rsm.config.chunk.size", "zzz"));
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int built = 0;
    for (int i = 0; i < 3_000; i++) {
      Map<String, Object> config = new HashMap<>(base(random.nextInt(3)));
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        config.put(keys.get(random.nextInt(keys.size())), VALUES[random.nextInt(VALUES.length)]);
      }
      try {
        boolean ok = assertTimeoutPreemptively(DEADLINE, () -> buildAndReadAll(config));
        built += ok ? 1 : 0;
      } catch (Throwable t) {
        failures.add(t + " for " + abbreviated(config));
      }
    }
    assertThat(failures).isEmpty();
    assertThat(built).as("configurations that built").isPositive().isLessThan(3_000);
  }

  private static boolean buildAndReadAll(Map<String, Object> config) {
    TieringConfig c;
    try {
      c = new TieringConfig(config);
    } catch (ConfigException documented) {
      return false;
    }
    c.backend();
    c.bucket();
    c.region();
    c.endpoint();
    c.pathStyleAccess();
    c.accessKey();
    c.secretKey();
    c.filesystemRoot();
    c.keyPrefix();
    c.keyPrefixSalting();
    c.chunkSizeBytes();
    c.zstdCompression();
    c.cacheSizeBytes();
    c.readAheadSizeBytes();
    c.prefetchChunks();
    c.maxIndexBytes();
    c.uploadRateLimitBytesPerSecond();
    c.uploadPartSizeBytes();
    c.uploadPartsInFlight();
    c.retryMaxAttempts();
    c.retryBackoff();
    c.retryBackoffMax();
    c.requestTimeout();
    c.warnings();
    return true;
  }

  private static Map<String, Object> base(int which) {
    return switch (which) {
      case 0 -> Map.of("storage.backend", "s3", "storage.bucket", "tiered");
      case 1 -> Map.of("storage.backend", "filesystem", "storage.filesystem.root", "/var/tiered");
      default ->
          Map.of(
              "storage.backend", "minio",
              "storage.bucket", "tiered",
              "storage.endpoint", "http://127.0.0.1:9000",
              "storage.access.key", "a",
              "storage.secret.key", "b");
    };
  }

  private static String abbreviated(Map<String, Object> config) {
    String text = config.toString();
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
