package io.tierline.plugin.config;

import static io.tierline.plugin.config.TieringConfigDef.*;

import io.tierline.offloader.segment.DiskCacheSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The plugin's validated configuration. Construction fails with a {@link ConfigException} that
 * names the offending key, which the broker reports when it starts. Secrets stay {@link Password}s
 * until the store is built, so that neither logs nor {@code toString} reveal them.
 */
public final class TieringConfig extends AbstractConfig {

  public TieringConfig(Map<String, ?> originals) {
    super(TieringConfigDef.create(), originals);
    checkCrossKeys();
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
    if (backend == StorageBackend.FILESYSTEM && getString(FILESYSTEM_ROOT_CONFIG) == null) {
      throw new ConfigException(FILESYSTEM_ROOT_CONFIG, null, "a directory is required" + named);
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
