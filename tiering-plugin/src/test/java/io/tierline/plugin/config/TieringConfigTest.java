package io.tierline.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.segment.SegmentStoreSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class TieringConfigTest {

  private static Map<String, Object> s3(String... extra) {
    Map<String, Object> props = new HashMap<>();
    props.put("storage.backend", "s3");
    props.put("storage.bucket", "tiered");
    for (int i = 0; i < extra.length; i += 2) {
      props.put(extra[i], extra[i + 1]);
    }
    return props;
  }

  @Test
  void constructor_minimalS3_appliesDefaults() {
    TieringConfig config = new TieringConfig(s3());

    assertThat(config.backend()).isEqualTo(StorageBackend.S3);
    assertThat(config.bucket()).contains("tiered");
    assertThat(config.region()).isEqualTo("us-east-1");
    assertThat(config.chunkSizeBytes()).isEqualTo(4 << 20);
    assertThat(config.zstdCompression()).isFalse();
    assertThat(config.readAheadSizeBytes())
        .isEqualTo(SegmentStoreSettings.DEFAULT_READ_AHEAD_MAX_BYTES);
    assertThat(config.uploadRateLimitBytesPerSecond()).isEmpty();
    assertThat(config.accessKey()).isEmpty();
  }

  @Test
  void constructor_backendInAnyCase_isAccepted() {
    assertThat(
            new TieringConfig(
                    s3(
                        "storage.backend",
                        " MinIO ",
                        "storage.endpoint",
                        "http://127.0.0.1:9000",
                        "storage.access.key",
                        "a",
                        "storage.secret.key",
                        "b"))
                .backend())
        .isEqualTo(StorageBackend.MINIO);
  }

  @Test
  void constructor_unknownBackend_namesTheKey() {
    assertThatThrownBy(() -> new TieringConfig(s3("storage.backend", "gcs")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("storage.backend")
        .hasMessageContaining("gcs")
        .hasMessageContaining("s3, minio, filesystem");
  }

  @Test
  void constructor_noBackend_namesTheKey() {
    Map<String, Object> props = s3();
    props.remove("storage.backend");
    assertThatThrownBy(() -> new TieringConfig(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("storage.backend");
  }

  @Test
  void constructor_s3WithoutBucket_namesBothKeys() {
    Map<String, Object> props = s3();
    props.remove("storage.bucket");
    assertThatThrownBy(() -> new TieringConfig(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("storage.bucket")
        .hasMessageContaining("storage.backend is s3");
  }

  @Test
  void constructor_chunkSizeZero_namesTheKey() {
    assertThatThrownBy(() -> new TieringConfig(s3("chunk.size", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("chunk.size")
        .hasMessageContaining("at least 1024");
  }

  @Test
  void constructor_readAheadTooSmallForThePrefetch_namesTheKeyAndTheSizeNeeded() {
    assertThatThrownBy(
            () ->
                new TieringConfig(
                    s3(
                        "fetch.prefetch.chunks",
                        "8",
                        "fetch.readahead.size.bytes",
                        String.valueOf(32 << 20))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("fetch.readahead.size.bytes")
        .hasMessageContaining("set at least " + (9 << 22));
  }

  @Test
  void constructor_readAheadZeroOrLargeEnough_isAccepted() {
    assertThat(new TieringConfig(s3("fetch.readahead.size.bytes", "0")).readAheadSizeBytes())
        .isZero();
    assertThat(
            new TieringConfig(
                    s3(
                        "fetch.prefetch.chunks",
                        "8",
                        "fetch.readahead.size.bytes",
                        String.valueOf(9 << 22)))
                .readAheadSizeBytes())
        .isEqualTo(9 << 22);
  }

  @Test
  void constructor_filesystemWithoutRoot_namesTheKey() {
    assertThatThrownBy(() -> new TieringConfig(Map.of("storage.backend", "filesystem")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("storage.filesystem.root");
  }

  @Test
  void constructor_filesystem_needsNoBucket() {
    TieringConfig config =
        new TieringConfig(
            Map.of("storage.backend", "filesystem", "storage.filesystem.root", "/var/tiered"));
    assertThat(config.filesystemRoot()).contains(Path.of("/var/tiered"));
  }

  @Test
  void constructor_minioWithoutEndpoint_namesTheKey() {
    assertThatThrownBy(
            () ->
                new TieringConfig(
                    s3(
                        "storage.backend",
                        "minio",
                        "storage.access.key",
                        "a",
                        "storage.secret.key",
                        "b")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("storage.endpoint");
  }

  @Test
  void constructor_accessKeyWithoutSecret_namesBothKeysAndHidesTheValue() {
    assertThatThrownBy(() -> new TieringConfig(s3("storage.access.key", "AKIAEXAMPLE")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("storage.secret.key")
        .hasMessageContaining("storage.access.key")
        .hasMessageNotContaining("AKIAEXAMPLE");
  }

  @Test
  void constructor_endpointNotAUrl_namesTheKey() {
    assertThatThrownBy(() -> new TieringConfig(s3("storage.endpoint", "127.0.0.1:9000")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("storage.endpoint");
  }

  @Test
  void constructor_keyPrefixWithTrailingSlash_namesTheKey() {
    assertThatThrownBy(() -> new TieringConfig(s3("key.prefix", "kafka/")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key.prefix");
  }

  @Test
  void constructor_rateLimitZero_namesTheKey() {
    assertThatThrownBy(() -> new TieringConfig(s3("upload.rate.limit.bytes.per.second", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("upload.rate.limit.bytes.per.second");
  }

  @Test
  void constructor_backoffAboveMax_namesBothKeys() {
    assertThatThrownBy(
            () -> new TieringConfig(s3("retry.backoff.ms", "5000", "retry.backoff.max.ms", "1000")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("retry.backoff.ms")
        .hasMessageContaining("retry.backoff.max.ms");
  }

  @Test
  void secretKey_neverAppearsInStrings() {
    TieringConfig config =
        new TieringConfig(
            s3("storage.access.key", "AKIAEXAMPLE", "storage.secret.key", "s3cr3t-value"));

    assertThat(config.secretKey().orElseThrow().value()).isEqualTo("s3cr3t-value");
    assertThat(config.toString()).doesNotContain("s3cr3t-value");
    assertThat(config.values().toString()).doesNotContain("s3cr3t-value");
    assertThat(config.secretKey().orElseThrow().toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void constructor_brokerAddedKeys_areIgnored() {
    Map<String, Object> props = s3("broker.id", "1");
    assertThat(new TieringConfig(props).bucket()).contains("tiered");
  }

  @Test
  void warnings_misspeltKey_nameTheClosestKnownKey() {
    TieringConfig config = new TieringConfig(s3("chunk.sise", "1048576", "broker.id", "1"));

    assertThat(config.warnings())
        .containsExactly(
            "Unknown plugin key rsm.config.chunk.sise is ignored; did you mean"
                + " rsm.config.chunk.size?");
    assertThat(config.chunkSizeBytes()).isEqualTo(4 << 20);
  }

  @Test
  void warnings_unknownKeyNearNothing_isReportedWithoutAGuess() {
    assertThat(new TieringConfig(s3("zzz", "1")).warnings())
        .containsExactly("Unknown plugin key rsm.config.zzz is ignored");
  }

  @Test
  void warnings_keysOfAnotherBackend_areReported() {
    TieringConfig config =
        new TieringConfig(
            Map.of(
                "storage.backend", "filesystem",
                "storage.filesystem.root", "/var/tiered",
                "storage.bucket", "tiered",
                "upload.parts.in.flight", "8"));

    assertThat(config.warnings())
        .containsExactly(
            "Plugin key rsm.config.storage.bucket is ignored: only the s3 and minio backend reads"
                + " it, and rsm.config.storage.backend is filesystem",
            "Plugin key rsm.config.upload.parts.in.flight is ignored: only the s3 backend reads it,"
                + " and rsm.config.storage.backend is filesystem");
    assertThat(new TieringConfig(s3("storage.region", "eu-west-1")).warnings()).isEmpty();
  }

  @Test
  void constructor_emptyFilesystemRoot_namesTheKey() {
    for (String root : new String[] {"", "  "}) {
      assertThatThrownBy(
              () ->
                  new TieringConfig(
                      Map.of("storage.backend", "filesystem", "storage.filesystem.root", root)))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("storage.filesystem.root")
          .hasMessageContaining("a directory is required");
    }
  }

  @Test
  void constructor_keyPrefixWithDotDot_namesTheKey() {
    for (String prefix : new String[] {"..", "kafka/../other", "a/./b"}) {
      assertThatThrownBy(() -> new TieringConfig(s3("key.prefix", prefix)))
          .as(prefix)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("key.prefix")
          .hasMessageContaining("'..' segment");
    }
    assertThat(new TieringConfig(s3("key.prefix", "a..b/c")).keyPrefix()).isEqualTo("a..b/c");
  }

  private static final String KEY_A =
      java.util.Base64.getEncoder().encodeToString(new byte[32]); // 32 zero bytes
  private static final String KEY_B =
      java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  @Test
  void encryption_ringAndActiveId_buildTheKeyRing() {
    TieringConfig config =
        new TieringConfig(
            s3(
                "encryption.key.ring",
                "old:" + KEY_A + ", new:" + KEY_B,
                "encryption.key.id",
                "new"));

    assertThat(config.keyRing())
        .hasValueSatisfying(r -> assertThat(r.activeKeyId()).isEqualTo("new"));
    assertThat(new TieringConfig(s3()).keyRing()).isEmpty();
  }

  @Test
  void encryption_badRing_namesTheKeyAndIdButNeverKeyMaterial() {
    String shortKey = java.util.Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
    Map<String, String> cases =
        Map.of(
            "k1:" + shortKey, "key 'k1' must be 32 bytes",
            "k1:" + KEY_B + ",k1:" + KEY_B, "id 'k1' appears twice",
            "k1-" + KEY_B, "entry 1 is not 'id:base64'",
            "k1:%%%" + KEY_B, "the key of id 'k1' is not base64",
            "k2:" + KEY_B, "the active key id 'k1' is not in the key ring [k2]");
    cases.forEach(
        (ring, why) ->
            assertThatThrownBy(
                    () ->
                        new TieringConfig(
                            s3("encryption.key.ring", ring, "encryption.key.id", "k1")))
                .as(why)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("encryption.key.ring")
                .hasMessageContaining(why)
                .hasMessageNotContaining(KEY_B)
                .hasMessageNotContaining(shortKey));
  }

  @Test
  void encryption_idWithoutRing_namesBothKeys() {
    assertThatThrownBy(() -> new TieringConfig(s3("encryption.key.id", "k1")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("encryption.key.ring and encryption.key.id must be set together");
  }
}
