package io.tierline.offloader.segment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tierline.offloader.ByteRange;
import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStoreException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** The segment format of {@link SegmentStore} over any {@link io.tierline.offloader.ObjectStore}. */
final class DefaultSegmentStore implements SegmentStore {
  private static final int MANIFEST_CACHE_ENTRIES = 10_000;
  private static final int RUN_BYTES = 8 << 20;

  private final Requests requests;
  private final SegmentStoreSettings settings;
  private final SegmentStoreListener listener;
  private final SegmentKeys keys;
  private final UploadRateLimiter rateLimiter;
  private final Cache<SegmentCoordinates, SegmentManifest> manifests;
  private final ExecutorService workers;
  private final ChunkCache chunks;
  private final ChunkReader chunkReader;

  DefaultSegmentStore(Requests requests, SegmentStoreSettings settings,
      SegmentStoreListener listener, ExecutorService workers) {
    this.requests = requests;
    this.settings = settings;
    this.listener = listener;
    this.keys = new SegmentKeys(settings.keyPrefix(), settings.prefixSalting());
    this.rateLimiter = UploadRateLimiter.of(settings.uploadRateLimitBytesPerSecond());
    this.manifests = Caffeine.newBuilder().maximumSize(MANIFEST_CACHE_ENTRIES).build();
    this.workers = workers;
    this.chunks = new ChunkCache(settings.cacheMaxBytes(), settings.readAheadMaxBytes(), workers);
    this.chunkReader = new ChunkReader(requests);
  }

  @Override
  public SegmentManifest upload(SegmentCoordinates segment, SegmentSource source) {
    long start = System.nanoTime();
    List<ObjectKey> written = new ArrayList<>(3);
    try (InputStream log = Files.newInputStream(source.logFile())) {
      ChunkingInputStream stored = new ChunkingInputStream(
          log, settings.chunkSizeBytes(), settings.compression(), rateLimiter, workers);
      written.add(keys.log(segment));
      requests.put(segment, keys.log(segment), stored);
      IndexBundle indexes = IndexBundle.of(source.indexes());
      written.add(keys.indexes(segment));
      try (InputStream in = indexes.open()) {
        requests.put(segment, keys.indexes(segment), in);
      }
      SegmentManifest manifest = new SegmentManifest(SegmentManifest.CURRENT_FORMAT_VERSION,
          stored.originalSize(), stored.storedSize(), settings.compression(),
          settings.chunkSizeBytes(), stored.chunks(), indexes.entries());
      written.add(keys.manifest(segment));
      requests.put(segment, keys.manifest(segment),
          new ByteArrayInputStream(ManifestCodec.encode(manifest)));
      manifests.put(segment, manifest);
      listener.onSegmentUploaded(segment, manifest, Duration.ofNanos(System.nanoTime() - start));
      return manifest;
    } catch (NoSuchFileException e) {
      throw cleanUp(segment, written, new ObjectStoreException(
          "Cannot upload segment " + keys.log(segment) + ": no such file " + e.getFile(), e));
    } catch (IOException e) {
      throw cleanUp(segment, written, new ObjectStoreException(
          "Cannot upload segment " + keys.log(segment) + ": " + e, e));
    } catch (RuntimeException e) {
      throw cleanUp(segment, written, e);
    }
  }

  /** Deletes what an upload wrote, newest first; failures to delete go with the original error. */
  private RuntimeException cleanUp(SegmentCoordinates segment, List<ObjectKey> written, RuntimeException failure) {
    for (int i = written.size() - 1; i >= 0; i--) {
      try {
        requests.delete(segment, written.get(i));
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    return failure;
  }

  @Override
  public InputStream openLog(SegmentCoordinates segment, long startPosition) {
    return openLog(segment, startPosition, Long.MAX_VALUE);
  }

  @Override
  public InputStream openLog(SegmentCoordinates segment, long startPosition, long endPosition) {
    if (startPosition < 0 || endPosition < startPosition) {
      throw new IllegalArgumentException(
          "Invalid log range [" + startPosition + ", " + endPosition + "] for " + keys.log(segment));
    }
    SegmentManifest manifest = manifest(segment);
    if (startPosition > manifest.originalSize()) {
      throw new IllegalArgumentException("startPosition " + startPosition
          + " is past the end of " + keys.log(segment) + " (" + manifest.originalSize() + " bytes)");
    }
    ObjectKey log = keys.log(segment);
    long end = Math.min(endPosition, manifest.originalSize() - 1);
    int lastChunk = end < startPosition ? -1 : (int) (end / manifest.chunkSizeBytes());
    int prefetch = settings.prefetchChunks();
    // With prefetch on, a miss fetches up to RUN_BYTES of following chunks in the same GET: fewer,
    // larger requests, as S3 prefers. Never past what this stream will read.
    int runChunks = prefetch == 0 ? 1
        : Math.min(prefetch + 1, Math.max(1, RUN_BYTES / manifest.chunkSizeBytes()));
    ChunkCache.Events events = new ChunkCache.Events() {
      @Override
      public void hit() {
        listener.onCacheHit(segment);
      }

      @Override
      public void miss() {
        listener.onCacheMiss(segment);
      }
    };
    // One run's worth of chunks requested at a time: one prefetch GET per reader in flight. On the
    // catch-up benchmark two in flight did worse, and all at once worse still.
    int lanes = runChunks;
    return new SegmentInputStream(
        index -> chunks.get(log, index, Math.min(lastChunk, index + runChunks - 1),
            (first, last) -> chunkReader.readRun(segment, log, manifest, first, last), events),
        manifest.chunkSizeBytes(), startPosition, end, prefetch, lanes);
  }

  @Override
  public InputStream openIndex(SegmentCoordinates segment, IndexType type) {
    SegmentManifest manifest = manifest(segment);
    ObjectKey key = keys.indexes(segment);
    SegmentManifest.IndexEntry entry = manifest.index(type).orElseThrow(() ->
        new ObjectNotFoundException("Segment " + keys.manifest(segment) + " has no " + type + " index"));
    if (entry.length() == 0) {
      return InputStream.nullInputStream();
    }
    byte[] bytes = requests.fetch(segment, key, ByteRange.ofLength(entry.offset(), entry.length()));
    if (bytes.length != entry.length() || ChunkReader.crc32c(bytes) != entry.crc32c()) {
      throw new CorruptedDataException("Checksum mismatch in the " + type + " index (bytes "
          + entry.offset() + "+" + entry.length() + ") of object " + key);
    }
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public void delete(SegmentCoordinates segment) {
    manifests.invalidate(segment);
    // The manifest goes first: from then on the segment is unreadable, even if a delete below fails.
    RuntimeException failure = null;
    for (ObjectKey key : List.of(keys.manifest(segment), keys.log(segment), keys.indexes(segment))) {
      try {
        requests.delete(segment, key);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  SegmentManifest manifest(SegmentCoordinates segment) {
    return manifests.get(segment, s -> {
      ObjectKey key = keys.manifest(s);
      return ManifestCodec.decode(key, requests.fetchWhole(s, key));
    });
  }

  @Override
  public void close() {
    workers.shutdownNow();
    requests.objects().close();
  }
}
