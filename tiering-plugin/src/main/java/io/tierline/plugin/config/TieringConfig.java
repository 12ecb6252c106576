package io.tierline.plugin.config;

import static io.tierline.plugin.config.TieringConfigDef.*;

import io.tierline.offloader.StorageClass;
import io.tierline.offloader.segment.DiskCacheSettings;
import io.tierline.offloader.segment.crypt.KeyRing;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The plugin's validated configuration. Construction fails with a {@link ConfigException} that
 * names the offending key, which the broker reports when it starts. Secrets stay {@link Password}s
 * until the store is built, so that neither logs nor {@code toString} reveal them.
 */
public final class TieringConfig extends AbstractConfig {

  /** The keys that only some backends read, and which. */
  private static final Map<String, Set<StorageBackend>> BACKEND_ONLY =
      Map.of(
          BUCKET_CONFIG, EnumSet.of(StorageBackend.S3, StorageBackend.MINIO),
          REGION_CONFIG, EnumSet.of(StorageBackend.S3, StorageBackend.MINIO),
          ENDPOINT_CONFIG, EnumSet.of(StorageBackend.S3, StorageBackend.MINIO),
          PATH_STYLE_CONFIG, EnumSet.of(StorageBackend.S3),
          ACCESS_KEY_CONFIG, EnumSet.of(StorageBackend.S3, StorageBackend.MINIO),
          SECRET_KEY_CONFIG, EnumSet.of(StorageBackend.S3, StorageBackend.MINIO),
          FILESYSTEM_ROOT_CONFIG, EnumSet.of(StorageBackend.FILESYSTEM),
          PART_SIZE_CONFIG, EnumSet.of(StorageBackend.S3, StorageBackend.MINIO),
          UPLOAD_PARALLELISM_CONFIG, EnumSet.of(StorageBackend.S3),
          REQUEST_TIMEOUT_CONFIG, EnumSet.of(StorageBackend.S3));

  private final List<String> warnings;
  private final Optional<KeyRing> keyRing;
  private final StorageClassRules storageClasses;

  public TieringConfig(Map<String, ?> originals) {
    super(TieringConfigDef.create(), originals);
    checkCrossKeys();
    this.keyRing = parseKeyRing();
    this.storageClasses =
        StorageClassRules.parse(
            STORAGE_CLASS_RULES_CONFIG,
            getString(STORAGE_CLASS_RULES_CONFIG),
            StorageClass.parse(getString(STORAGE_CLASS_DEFAULT_CONFIG)));
    List<String> all =
        new ArrayList<>(UnusedKeys.warnings(originals, values().keySet(), backend(), BACKEND_ONLY));
    if (backend() == StorageBackend.FILESYSTEM
        && !storageClasses.classes().equals(EnumSet.of(StorageClass.STANDARD))) {
      all.add(
          "The filesystem backend has no storage classes: "
              + STORAGE_CLASS_RULES_CONFIG
              + " and "
              + STORAGE_CLASS_DEFAULT_CONFIG
              + " are only recorded in each segment's manifest");
    }
    this.warnings = List.copyOf(all);
  }

  /**
   * What the configuration carries but does not use: unknown keys (with the nearest known one),
   * keys of another backend, and storage classes that the backend cannot apply. The plugin logs
   * each at start-up. They name keys, never values.
   */
  public List<String> warnings() {
    return warnings;
  }

  private void checkCrossKeys() {
    StorageBackend backend = backend();
    String named = " when " + BACKEND_CONFIG + " is " + backend.name().toLowerCase(Locale.ROOT);
    if (backend.usesBucket() && getString(BUCKET_CONFIG) == null) {
      throw new ConfigException(BUCKET_CONFIG, null, "a bucket is required" + named);
    }
    if (backend == StorageBackend.MINIO && getString(ENDPOINT_CONFIG) == null) {
      throw new ConfigException(ENDPOINT_CONFIG, null, "an endpoint is required" + named);
    }
    String root = getString(FILESYSTEM_ROOT_CONFIG);
    if (backend == StorageBackend.FILESYSTEM && (root == null || root.isBlank())) {
      throw new ConfigException(FILESYSTEM_ROOT_CONFIG, root, "a directory is required" + named);
    }
    boolean hasAccessKey = getPassword(ACCESS_KEY_CONFIG) != null;
    boolean hasSecretKey = getPassword(SECRET_KEY_CONFIG) != null;
    if (hasAccessKey != hasSecretKey) {
      String missing = hasAccessKey ? SECRET_KEY_CONFIG : ACCESS_KEY_CONFIG;
      throw new ConfigException(
          missing, null, ACCESS_KEY_CONFIG + " and " + SECRET_KEY_CONFIG + " must be set together");
    }
    if (backend == StorageBackend.MINIO && !hasAccessKey) {
      throw new ConfigException(ACCESS_KEY_CONFIG, null, "credentials are required" + named);
    }
    long readAhead = readAheadSizeBytes();
    long prefetched = (prefetchChunks() + 1L) * chunkSizeBytes();
    if (readAhead > 0 && readAhead < prefetched) {
      throw new ConfigException(
          READ_AHEAD_SIZE_CONFIG,
          readAhead,
          "cannot hold the "
              + (prefetchChunks() + 1)
              + " chunks of "
              + chunkSizeBytes()
              + " bytes that one reader"
              + " holds with "
              + PREFETCH_CONFIG
              + "="
              + prefetchChunks()
              + "; set at least "
              + prefetched
              + ", or 0 to disable it");
    }
    if (retryBackoff().compareTo(retryBackoffMax()) > 0) {
      throw new ConfigException(
          RETRY_BACKOFF_CONFIG,
          getLong(RETRY_BACKOFF_CONFIG),
          "must not exceed "
              + RETRY_BACKOFF_MAX_CONFIG
              + " ("
              + getLong(RETRY_BACKOFF_MAX_CONFIG)
              + ")");
    }
  }

  /**
   * The key ring of {@code encryption.key.ring} with {@code encryption.key.id} active, if set. Its
   * errors name the key and the ids, never key material.
   */
  private Optional<KeyRing> parseKeyRing() {
    Password ring = getPassword(ENCRYPTION_KEY_RING_CONFIG);
    String active = getString(ENCRYPTION_KEY_ID_CONFIG);
    if (ring == null && active == null) {
      return Optional.empty();
    }
    if (ring == null || active == null) {
      String missing = ring == null ? ENCRYPTION_KEY_RING_CONFIG : ENCRYPTION_KEY_ID_CONFIG;
      throw new ConfigException(
          missing,
          null,
          ENCRYPTION_KEY_RING_CONFIG
              + " and "
              + ENCRYPTION_KEY_ID_CONFIG
              + " must be set together");
    }
    Map<String, byte[]> keys = new LinkedHashMap<>();
    String[] entries = ring.value().split(",");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].trim();
      int colon = entry.indexOf(':');
      if (colon <= 0) {
        throw hidden("entry " + (i + 1) + " is not 'id:base64'");
      }
      String id = entry.substring(0, colon).trim();
      byte[] key;
      try {
        key = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
      } catch (IllegalArgumentException e) {
        throw hidden("the key of id '" + id + "' is not base64");
      }
      if (keys.put(id, key) != null) {
        throw hidden("id '" + id + "' appears twice");
      }
    }
    try {
      return Optional.of(KeyRing.of(keys, active));
    } catch (IllegalArgumentException e) {
      throw hidden(e.getMessage());
    }
  }

  private static ConfigException hidden(String why) {
    return new ConfigException(ENCRYPTION_KEY_RING_CONFIG, "[hidden]", why);
  }

  /** The storage class of each topic's segments. */
  public StorageClassRules storageClasses() {
    return storageClasses;
  }

  /** The master keys for client-side encryption; empty when segments are stored in the clear. */
  public Optional<KeyRing> keyRing() {
    return keyRing;
  }

  public StorageBackend backend() {
    return StorageBackend.parse(getString(BACKEND_CONFIG));
  }

  public Optional<String> bucket() {
    return Optional.ofNullable(getString(BUCKET_CONFIG));
  }

  public String region() {
    return getString(REGION_CONFIG);
  }

  public Optional<URI> endpoint() {
    return Optional.ofNullable(getString(ENDPOINT_CONFIG)).map(URI::create);
  }

  public boolean pathStyleAccess() {
    return getBoolean(PATH_STYLE_CONFIG);
  }

  public Optional<Password> accessKey() {
    return Optional.ofNullable(getPassword(ACCESS_KEY_CONFIG));
  }

  public Optional<Password> secretKey() {
    return Optional.ofNullable(getPassword(SECRET_KEY_CONFIG));
  }

  public Optional<Path> filesystemRoot() {
    return Optional.ofNullable(getString(FILESYSTEM_ROOT_CONFIG)).map(Path::of);
  }

  /** The disk chunk cache's directory and bound, when a directory is set. */
  public Optional<DiskCacheSettings> diskCache() {
    String path = getString(DISK_CACHE_PATH_CONFIG);
    if (path == null || path.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new DiskCacheSettings(Path.of(path), getLong(DISK_CACHE_SIZE_CONFIG)));
  }

  public String keyPrefix() {
    return getString(KEY_PREFIX_CONFIG);
  }

  public boolean keyPrefixSalting() {
    return getBoolean(KEY_PREFIX_SALTING_CONFIG);
  }

  public int chunkSizeBytes() {
    return getInt(CHUNK_SIZE_CONFIG);
  }

  public boolean zstdCompression() {
    return "zstd".equalsIgnoreCase(getString(COMPRESSION_CONFIG));
  }

  public long cacheSizeBytes() {
    return getLong(CACHE_SIZE_CONFIG);
  }

  public long readAheadSizeBytes() {
    return getLong(READ_AHEAD_SIZE_CONFIG);
  }

  public int prefetchChunks() {
    return getInt(PREFETCH_CONFIG);
  }

  public long maxIndexBytes() {
    return getLong(MAX_INDEX_SIZE_CONFIG);
  }

  public Optional<Long> uploadRateLimitBytesPerSecond() {
    return Optional.ofNullable(getLong(UPLOAD_RATE_CONFIG));
  }

  public int uploadPartSizeBytes() {
    return getInt(PART_SIZE_CONFIG);
  }

  public int uploadPartsInFlight() {
    return getInt(UPLOAD_PARALLELISM_CONFIG);
  }

  public int retryMaxAttempts() {
    return getInt(RETRY_ATTEMPTS_CONFIG);
  }

  public Duration retryBackoff() {
    return Duration.ofMillis(getLong(RETRY_BACKOFF_CONFIG));
  }

  public Duration retryBackoffMax() {
    return Duration.ofMillis(getLong(RETRY_BACKOFF_MAX_CONFIG));
  }

  public Duration requestTimeout() {
    return Duration.ofMillis(getLong(REQUEST_TIMEOUT_CONFIG));
  }
}
