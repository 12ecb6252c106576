package io.tierline.plugin;

import io.tierline.offloader.AccessKeyCredentials;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.RetryListener;
import io.tierline.offloader.RetryPolicy;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.minio.MinioObjectStore;
import io.tierline.offloader.minio.MinioStoreSettings;
import io.tierline.offloader.s3.S3ObjectStore;
import io.tierline.offloader.s3.S3StoreSettings;
import io.tierline.offloader.segment.DiskCacheSettings;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.SegmentStoreListener;
import io.tierline.offloader.segment.SegmentStoreSettings;
import io.tierline.offloader.segment.SegmentStores;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.plugin.config.TieringConfig;
import io.tierline.plugin.config.TieringConfigDef;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.common.config.ConfigException;

/** Builds the offloader's segment store that a validated configuration describes. */
public final class SegmentStoreFactory {
  private SegmentStoreFactory() {}

  static SegmentStore create(TieringConfig config, SegmentStoreListener listener) {
    Optional<DiskCacheSettings> disk = config.diskCache();
    try {
      return SegmentStores.create(
          objectStore(config, listener), segmentSettings(config), disk, config.keyRing(), listener);
    } catch (ObjectStoreException e) {
      if (disk.isEmpty()) {
        throw e;
      }
      // Stop the broker at start-up naming the key, as for any other bad setting.
      throw new ConfigException(
          TieringConfigDef.DISK_CACHE_PATH_CONFIG, disk.get().directory(), e.getMessage());
    }
  }

  static SegmentStoreSettings segmentSettings(TieringConfig config) {
    OptionalLong rateLimit =
        config.uploadRateLimitBytesPerSecond().map(OptionalLong::of).orElse(OptionalLong.empty());
    return new SegmentStoreSettings(
        config.chunkSizeBytes(),
        config.zstdCompression() ? Compression.ZSTD : Compression.NONE,
        config.cacheSizeBytes(),
        config.readAheadSizeBytes(),
        config.prefetchChunks(),
        config.maxIndexBytes(),
        rateLimit,
        config.keyPrefix(),
        config.keyPrefixSalting());
  }

  /**
   * The object store that {@code config} names, as the plugin and the reconciler use it, telling
   * {@code retries} of every attempt that failed.
   */
  public static ObjectStore objectStore(TieringConfig config, RetryListener retries) {
    RetryPolicy policy =
        new RetryPolicy(config.retryMaxAttempts(), config.retryBackoff(), config.retryBackoffMax());
    return switch (config.backend()) {
      case FILESYSTEM ->
          FileSystemObjectStore.create(
              FileSystemStoreSettings.of(config.filesystemRoot().orElseThrow()));
      case MINIO ->
          MinioObjectStore.create(
              new MinioStoreSettings(
                  config.endpoint().orElseThrow(),
                  config.bucket().orElseThrow(),
                  config.region(),
                  credentials(config).orElseThrow(),
                  config.uploadPartSizeBytes(),
                  policy),
              retries);
      case S3 ->
          S3ObjectStore.create(
              new S3StoreSettings(
                  config.bucket().orElseThrow(),
                  config.region(),
                  config.endpoint(),
                  config.pathStyleAccess(),
                  credentials(config),
                  config.uploadPartSizeBytes(),
                  config.uploadPartsInFlight(),
                  policy,
                  config.requestTimeout()),
              retries);
    };
  }

  // The secret leaves its Password wrapper only here, into a record whose toString hides it.
  private static Optional<AccessKeyCredentials> credentials(TieringConfig config) {
    return config
        .accessKey()
        .flatMap(
            access ->
                config
                    .secretKey()
                    .map(secret -> AccessKeyCredentials.of(access.value(), secret.value())));
  }
}
