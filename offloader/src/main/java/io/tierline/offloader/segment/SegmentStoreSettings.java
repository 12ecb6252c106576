package io.tierline.offloader.segment;

import io.tierline.offloader.SettingDoc;
import io.tierline.offloader.segment.format.Compression;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How segments are laid out in the object store and read back.
 *
 * @param chunkSizeBytes original bytes per chunk; each chunk is compressed and checksummed alone
 *     and is the unit of ranged reads and of the cache
 * @param compression how each chunk is stored
 * @param cacheMaxBytes the chunk cache's bound, in original bytes; 0 disables the cache
 * @param readAheadMaxBytes the read-ahead buffer's bound, in original bytes: chunks fetched for
 *     sequential readers wait there until the next stream on the segment reads them; about {@code
 *     (prefetchChunks + 2) * chunkSizeBytes} per partition read at once. 0 disables it: prefetched
 *     chunks then serve only the stream that asked for them
 * @param prefetchChunks chunks a reader fetches ahead of the one it is reading; 0 disables
 *     prefetch
 * @param uploadRateLimitBytesPerSecond an upper bound on the read rate of segment files during
 *     uploads, across all uploads of this store; empty for none
 * @param keyPrefix the first component of every object key; empty for none
 * @param prefixSalting put a short hash of the segment's partition in front of each key, to spread
 *     request load across S3 prefixes
 */
public record SegmentStoreSettings(
    int chunkSizeBytes,
    Compression compression,
    long cacheMaxBytes,
    long readAheadMaxBytes,
    int prefetchChunks,
    OptionalLong uploadRateLimitBytesPerSecond,
    String keyPrefix,
    boolean prefixSalting) {

  public static final int DEFAULT_CHUNK_SIZE_BYTES = 4 << 20;
  public static final int MIN_CHUNK_SIZE_BYTES = 1 << 10;
  public static final int MAX_CHUNK_SIZE_BYTES = 64 << 20;
  public static final long DEFAULT_CACHE_MAX_BYTES = 64L << 20;
  public static final long DEFAULT_READ_AHEAD_MAX_BYTES = 32L << 20;
  public static final int DEFAULT_PREFETCH_CHUNKS = 2;
  public static final int MAX_PREFETCH_CHUNKS = 64;

  public SegmentStoreSettings {
    Objects.requireNonNull(compression, "compression");
    Objects.requireNonNull(uploadRateLimitBytesPerSecond, "uploadRateLimitBytesPerSecond");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    if (chunkSizeBytes < MIN_CHUNK_SIZE_BYTES || chunkSizeBytes > MAX_CHUNK_SIZE_BYTES) {
      throw new IllegalArgumentException(
          "chunkSizeBytes must be in [" + MIN_CHUNK_SIZE_BYTES + ", " + MAX_CHUNK_SIZE_BYTES
              + "]: " + chunkSizeBytes);
    }
    if (cacheMaxBytes < 0) {
      throw new IllegalArgumentException("cacheMaxBytes must be >= 0: " + cacheMaxBytes);
    }
    if (readAheadMaxBytes < 0) {
      throw new IllegalArgumentException("readAheadMaxBytes must be >= 0: " + readAheadMaxBytes);
    }
    if (prefetchChunks < 0 || prefetchChunks > MAX_PREFETCH_CHUNKS) {
      throw new IllegalArgumentException(
          "prefetchChunks must be in [0, " + MAX_PREFETCH_CHUNKS + "]: " + prefetchChunks);
    }
    if (uploadRateLimitBytesPerSecond.isPresent()
        && uploadRateLimitBytesPerSecond.getAsLong() <= 0) {
      throw new IllegalArgumentException(
          "uploadRateLimitBytesPerSecond must be positive: "
              + uploadRateLimitBytesPerSecond.getAsLong());
    }
    if (!keyPrefix.isEmpty()
        && (keyPrefix.startsWith("/") || keyPrefix.endsWith("/") || keyPrefix.contains("//"))) {
      throw new IllegalArgumentException(
          "keyPrefix must not start or end with '/' nor contain '//': '" + keyPrefix + "'");
    }
  }

  /**
   * 4 MiB chunks, no compression, a 64 MiB cache, a 32 MiB read-ahead buffer, 2 chunks of
   * prefetch, no rate limit.
   */
  public static SegmentStoreSettings defaults() {
    return new SegmentStoreSettings(
        DEFAULT_CHUNK_SIZE_BYTES, Compression.NONE, DEFAULT_CACHE_MAX_BYTES,
        DEFAULT_READ_AHEAD_MAX_BYTES, DEFAULT_PREFETCH_CHUNKS, OptionalLong.empty(), "", false);
  }

  public SegmentStoreSettings withChunkSizeBytes(int value) {
    return new SegmentStoreSettings(value, compression, cacheMaxBytes, readAheadMaxBytes,
        prefetchChunks, uploadRateLimitBytesPerSecond, keyPrefix, prefixSalting);
  }

  public SegmentStoreSettings withCompression(Compression value) {
    return new SegmentStoreSettings(chunkSizeBytes, value, cacheMaxBytes, readAheadMaxBytes,
        prefetchChunks, uploadRateLimitBytesPerSecond, keyPrefix, prefixSalting);
  }

  public SegmentStoreSettings withCacheMaxBytes(long value) {
    return new SegmentStoreSettings(chunkSizeBytes, compression, value, readAheadMaxBytes,
        prefetchChunks, uploadRateLimitBytesPerSecond, keyPrefix, prefixSalting);
  }

  public SegmentStoreSettings withReadAheadMaxBytes(long value) {
    return new SegmentStoreSettings(chunkSizeBytes, compression, cacheMaxBytes, value,
        prefetchChunks, uploadRateLimitBytesPerSecond, keyPrefix, prefixSalting);
  }

  public SegmentStoreSettings withPrefetchChunks(int value) {
    return new SegmentStoreSettings(chunkSizeBytes, compression, cacheMaxBytes,
        readAheadMaxBytes, value, uploadRateLimitBytesPerSecond, keyPrefix, prefixSalting);
  }

  public SegmentStoreSettings withUploadRateLimit(long bytesPerSecond) {
    return new SegmentStoreSettings(chunkSizeBytes, compression, cacheMaxBytes, readAheadMaxBytes,
        prefetchChunks, OptionalLong.of(bytesPerSecond), keyPrefix, prefixSalting);
  }

  public SegmentStoreSettings withKeyPrefix(String value) {
    return new SegmentStoreSettings(chunkSizeBytes, compression, cacheMaxBytes, readAheadMaxBytes,
        prefetchChunks, uploadRateLimitBytesPerSecond, value, prefixSalting);
  }

  public SegmentStoreSettings withPrefixSalting(boolean value) {
    return new SegmentStoreSettings(chunkSizeBytes, compression, cacheMaxBytes, readAheadMaxBytes,
        prefetchChunks, uploadRateLimitBytesPerSecond, keyPrefix, value);
  }

  /** One row per setting, for the README's table; a test keeps the two in step. */
  public static List<SettingDoc> documentation() {
    SegmentStoreSettings d = defaults();
    return List.of(
        new SettingDoc("chunkSizeBytes", String.valueOf(d.chunkSizeBytes()),
            "Original bytes per chunk, in [" + MIN_CHUNK_SIZE_BYTES + ", " + MAX_CHUNK_SIZE_BYTES
                + "]. The unit of compression, checksums, ranged GETs and the cache."),
        new SettingDoc("compression", d.compression().name(),
            "`NONE` or `ZSTD` (per chunk, level 1). Recorded in the manifest."),
        new SettingDoc("cacheMaxBytes", String.valueOf(d.cacheMaxBytes()),
            "Bound of the chunk cache in original bytes; 0 disables it. Chunks enter it by"
                + " frequency (Caffeine's W-TinyLFU), so one scan does not flush what is read often."),
        new SettingDoc("readAheadMaxBytes", String.valueOf(d.readAheadMaxBytes()),
            "Bound of the read-ahead buffer in original bytes: fetched chunks wait there for the"
                + " next stream on the segment, those that readers have gone past out first. A"
                + " prefetch waits while the buffer has no room for it. About (prefetch + 2) chunks"
                + " per partition read at once; 0 disables it."),
        new SettingDoc("prefetchChunks", String.valueOf(d.prefetchChunks()),
            "Chunks a reader fetches ahead of the one it reads, in [0, " + MAX_PREFETCH_CHUNKS
                + "]; 0 disables prefetch."),
        new SettingDoc("uploadRateLimitBytesPerSecond", "none",
            "Upper bound on bytes per second read from segment files, across all uploads."),
        new SettingDoc("keyPrefix", "\"\"",
            "First component of every key; no leading, trailing or double `/`."),
        new SettingDoc("prefixSalting", String.valueOf(d.prefixSalting()),
            "Put a 4-hex-digit hash of topic id and partition in front of every key."));
  }
}
