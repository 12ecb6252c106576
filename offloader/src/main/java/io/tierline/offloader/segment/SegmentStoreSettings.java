package io.tierline.offloader.segment;

import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.SegmentManifest;
import io.tierline.settingsdocs.Setting;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How segments are laid out in the object store and read back. Each setting is described where it
 * is declared; {@code docs/offloader.md} shows these descriptions with the defaults of {@link
 * #defaults()}.
 */
public record SegmentStoreSettings(
    @Setting(
            "Original bytes per chunk, in ["
                + SegmentStoreSettings.MIN_CHUNK_SIZE_BYTES
                + ", "
                + SegmentStoreSettings.MAX_CHUNK_SIZE_BYTES
                + "]. Each chunk is compressed and"
                + " checksummed alone, and is the unit of ranged GETs and of the cache.")
        int chunkSizeBytes,
    @Setting("`NONE` or `ZSTD` (per chunk, level 1). Recorded in the manifest.")
        Compression compression,
    @Setting(
            "Bound of the chunk cache in original bytes; 0 disables it. Chunks enter it by"
                + " frequency (Caffeine's W-TinyLFU), so one scan does not flush what is read"
                + " often.")
        long cacheMaxBytes,
    @Setting(
            "Bound of the read-ahead buffer in original bytes: fetched chunks wait there for the"
                + " next stream on the segment, those that readers have gone past out first. A"
                + " prefetch waits while the buffer has no room for it, or while its partition"
                + " holds more than its fair share (the bound divided among the partitions read at"
                + " once) and the others need the room. About `(prefetchChunks + 2) ×"
                + " chunkSizeBytes` per partition read at once; 0 disables it, and prefetched"
                + " chunks then serve only the stream that asked for them.")
        long readAheadMaxBytes,
    @Setting(
            "Chunks a reader fetches ahead of the one it reads, in [0, "
                + SegmentStoreSettings.MAX_PREFETCH_CHUNKS
                + "]; 0 disables prefetch.")
        int prefetchChunks,
    @Setting(
            "Largest index a reader accepts, in bytes, in [1, "
                + SegmentStoreSettings.MAX_INDEX_BYTES_LIMIT
                + "]. An index whose manifest claims more fails the read at once, before any"
                + " buffer is sized for it.")
        long maxIndexBytes,
    @Setting(
            "Upper bound on bytes per second read from segment files, across all uploads of the"
                + " store.")
        OptionalLong uploadRateLimitBytesPerSecond,
    @Setting("First component of every key; no leading, trailing or double `/`.") String keyPrefix,
    @Setting(
            "Put a 4-hex-digit hash of topic id and partition in front of every key, which spreads"
                + " request load over S3 prefixes.")
        boolean prefixSalting) {

  public static final int DEFAULT_CHUNK_SIZE_BYTES = 4 << 20;
  public static final int MIN_CHUNK_SIZE_BYTES = 1 << 10;
  public static final int MAX_CHUNK_SIZE_BYTES = SegmentManifest.MAX_CHUNK_SIZE_BYTES;
  public static final long DEFAULT_CACHE_MAX_BYTES = 64L << 20;
  public static final long DEFAULT_READ_AHEAD_MAX_BYTES = 64L << 20;
  public static final int DEFAULT_PREFETCH_CHUNKS = 2;
  public static final int MAX_PREFETCH_CHUNKS = 64;
  public static final long DEFAULT_MAX_INDEX_BYTES = 64L << 20;
  public static final long MAX_INDEX_BYTES_LIMIT = 1L << 30;

  public SegmentStoreSettings {
    Objects.requireNonNull(compression, "compression");
    Objects.requireNonNull(uploadRateLimitBytesPerSecond, "uploadRateLimitBytesPerSecond");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    if (chunkSizeBytes < MIN_CHUNK_SIZE_BYTES || chunkSizeBytes > MAX_CHUNK_SIZE_BYTES) {
      throw new IllegalArgumentException(
          "chunkSizeBytes must be in ["
              + MIN_CHUNK_SIZE_BYTES
              + ", "
              + MAX_CHUNK_SIZE_BYTES
              + "]: "
              + chunkSizeBytes);
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
    if (maxIndexBytes < 1 || maxIndexBytes > MAX_INDEX_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "maxIndexBytes must be in [1, " + MAX_INDEX_BYTES_LIMIT + "]: " + maxIndexBytes);
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
   * 4 MiB chunks, no compression, a 64 MiB cache, a 64 MiB read-ahead buffer (four partitions'
   * prefetch), 2 chunks of prefetch, no rate limit.
   */
  public static SegmentStoreSettings defaults() {
    return new SegmentStoreSettings(
        DEFAULT_CHUNK_SIZE_BYTES,
        Compression.NONE,
        DEFAULT_CACHE_MAX_BYTES,
        DEFAULT_READ_AHEAD_MAX_BYTES,
        DEFAULT_PREFETCH_CHUNKS,
        DEFAULT_MAX_INDEX_BYTES,
        OptionalLong.empty(),
        "",
        false);
  }

  public SegmentStoreSettings withChunkSizeBytes(int value) {
    return new SegmentStoreSettings(
        value,
        compression,
        cacheMaxBytes,
        readAheadMaxBytes,
        prefetchChunks,
        maxIndexBytes,
        uploadRateLimitBytesPerSecond,
        keyPrefix,
        prefixSalting);
  }

  public SegmentStoreSettings withCompression(Compression value) {
    return new SegmentStoreSettings(
        chunkSizeBytes,
        value,
        cacheMaxBytes,
        readAheadMaxBytes,
        prefetchChunks,
        maxIndexBytes,
        uploadRateLimitBytesPerSecond,
        keyPrefix,
        prefixSalting);
  }

  public SegmentStoreSettings withCacheMaxBytes(long value) {
    return new SegmentStoreSettings(
        chunkSizeBytes,
        compression,
        value,
        readAheadMaxBytes,
        prefetchChunks,
        maxIndexBytes,
        uploadRateLimitBytesPerSecond,
        keyPrefix,
        prefixSalting);
  }

  public SegmentStoreSettings withReadAheadMaxBytes(long value) {
    return new SegmentStoreSettings(
        chunkSizeBytes,
        compression,
        cacheMaxBytes,
        value,
        prefetchChunks,
        maxIndexBytes,
        uploadRateLimitBytesPerSecond,
        keyPrefix,
        prefixSalting);
  }

  public SegmentStoreSettings withPrefetchChunks(int value) {
    return new SegmentStoreSettings(
        chunkSizeBytes,
        compression,
        cacheMaxBytes,
        readAheadMaxBytes,
        value,
        maxIndexBytes,
        uploadRateLimitBytesPerSecond,
        keyPrefix,
        prefixSalting);
  }

  public SegmentStoreSettings withMaxIndexBytes(long value) {
    return new SegmentStoreSettings(
        chunkSizeBytes,
        compression,
        cacheMaxBytes,
        readAheadMaxBytes,
        prefetchChunks,
        value,
        uploadRateLimitBytesPerSecond,
        keyPrefix,
        prefixSalting);
  }

  public SegmentStoreSettings withUploadRateLimit(long bytesPerSecond) {
    return new SegmentStoreSettings(
        chunkSizeBytes,
        compression,
        cacheMaxBytes,
        readAheadMaxBytes,
        prefetchChunks,
        maxIndexBytes,
        OptionalLong.of(bytesPerSecond),
        keyPrefix,
        prefixSalting);
  }

  public SegmentStoreSettings withKeyPrefix(String value) {
    return new SegmentStoreSettings(
        chunkSizeBytes,
        compression,
        cacheMaxBytes,
        readAheadMaxBytes,
        prefetchChunks,
        maxIndexBytes,
        uploadRateLimitBytesPerSecond,
        value,
        prefixSalting);
  }

  public SegmentStoreSettings withPrefixSalting(boolean value) {
    return new SegmentStoreSettings(
        chunkSizeBytes,
        compression,
        cacheMaxBytes,
        readAheadMaxBytes,
        prefetchChunks,
        maxIndexBytes,
        uploadRateLimitBytesPerSecond,
        keyPrefix,
        value);
  }
}
