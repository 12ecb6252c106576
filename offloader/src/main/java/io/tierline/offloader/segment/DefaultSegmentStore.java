package io.tierline.offloader.segment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.segment.crypt.KeyRing;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.segment.format.ManifestCodec;
import io.tierline.offloader.segment.format.SegmentManifest;
import io.tierline.offloader.segment.read.DiskChunkCache;
import io.tierline.offloader.segment.read.SegmentReader;
import io.tierline.offloader.segment.write.SegmentWriter;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * {@link SegmentStore} over any {@link io.tierline.offloader.ObjectStore}: {@link SegmentWriter}
 * stores segments and {@link SegmentReader} reads them back. This class names a segment's objects,
 * keeps its manifest, and reports what happens to the listener.
 */
final class DefaultSegmentStore implements SegmentStore {
  private static final int MANIFEST_CACHE_ENTRIES = 10_000;
  private static final long NO_NEXT_SEGMENT = -1;

  private final Requests requests;
  private final SegmentStoreListener listener;
  private final SegmentKeys keys;
  private final Cache<SegmentCoordinates, SegmentManifest> manifests;
  private final ExecutorService workers;
  private final SegmentWriter writer;
  private final SegmentReader reader;
  private final NextSegments nextSegments;
  private final long maxIndexBytes;

  DefaultSegmentStore(
      Requests requests,
      SegmentStoreSettings settings,
      SegmentStoreListener listener,
      ExecutorService workers) {
    this(requests, settings, null, listener, workers, Optional.empty());
  }

  /**
   * @param disk the disk tier below the memory cache, or null for none
   * @param keyRing the master keys of encrypted segments; with one, uploads are encrypted
   */
  DefaultSegmentStore(
      Requests requests,
      SegmentStoreSettings settings,
      DiskChunkCache disk,
      SegmentStoreListener listener,
      ExecutorService workers,
      Optional<KeyRing> keyRing) {
    this.requests = requests;
    this.listener = listener;
    this.keys = new SegmentKeys(settings.keyPrefix(), settings.prefixSalting());
    this.maxIndexBytes = settings.maxIndexBytes();
    this.manifests = Caffeine.newBuilder().maximumSize(MANIFEST_CACHE_ENTRIES).build();
    this.workers = workers;
    this.writer =
        new SegmentWriter(
            settings.chunkSizeBytes(),
            settings.compression(),
            settings.uploadRateLimitBytesPerSecond(),
            workers,
            keyRing);
    this.reader =
        new SegmentReader(
            settings.cacheMaxBytes(),
            settings.readAheadMaxBytes(),
            settings.prefetchChunks(),
            workers,
            disk,
            keyRing);
    this.nextSegments =
        new NextSegments(
            requests.objects() instanceof SupportsListing listing ? listing : null,
            requests,
            keys,
            workers,
            next -> reader.holdsStart(keys.log(next)),
            this::fetchStart,
            NextSegments.KEYS_PER_LIST,
            Ticker.systemTicker());
  }

  @Override
  public SegmentManifest upload(
      SegmentCoordinates segment, SegmentSource source, StorageClass storageClass) {
    long start = System.nanoTime();
    List<SegmentWriter.Index> indexes =
        source.indexes().entrySet().stream()
            .map(e -> new SegmentWriter.Index(e.getKey(), e.getValue()::open))
            .toList();
    SegmentManifest manifest =
        writer.write(
            keys.log(segment),
            keys.indexes(segment),
            keys.manifest(segment),
            source.logFile(),
            indexes,
            storageClass,
            requests.storage(segment, storageClass));
    manifests.put(segment, manifest);
    nextSegments.uploaded(segment);
    listener.onSegmentUploaded(segment, manifest, Duration.ofNanos(System.nanoTime() - start));
    return manifest;
  }

  @Override
  public InputStream openLog(SegmentCoordinates segment, long startPosition) {
    return openLog(segment, startPosition, Long.MAX_VALUE);
  }

  @Override
  public InputStream openLog(SegmentCoordinates segment, long startPosition, long endPosition) {
    return openLog(segment, startPosition, endPosition, NO_NEXT_SEGMENT);
  }

  @Override
  public InputStream openLog(
      SegmentCoordinates segment, long startPosition, long endPosition, long nextBaseOffset) {
    if (startPosition < 0 || endPosition < startPosition) {
      throw new IllegalArgumentException(
          "Invalid log range ["
              + startPosition
              + ", "
              + endPosition
              + "] for "
              + keys.log(segment));
    }
    SegmentManifest manifest = manifest(segment);
    if (startPosition > manifest.originalSize()) {
      throw new IllegalArgumentException(
          "startPosition "
              + startPosition
              + " is past the end of "
              + keys.log(segment)
              + " ("
              + manifest.originalSize()
              + " bytes)");
    }
    if (nextBaseOffset > segment.baseOffset() && reader.nearTheEnd(manifest, startPosition)) {
      nextSegments.followOn(segment, nextBaseOffset, reader.prefetchBytes(manifest));
    }
    return reader.openLog(
        keys.log(segment),
        manifest,
        startPosition,
        endPosition,
        requests.fetches(segment),
        events(segment));
  }

  /** The manifest, indexes and first chunks of a segment that a reader may go on into. */
  private void fetchStart(SegmentCoordinates segment) {
    ObjectKey log = keys.log(segment);
    if (reader.holdsStart(log)) {
      return; // fetched ahead for an earlier reader near the end: not a read, so not counted
    }
    reader.fetchStart(
        log, keys.indexes(segment), manifest(segment), requests.fetches(segment), events(segment));
  }

  private SegmentReader.Events events(SegmentCoordinates segment) {
    return new SegmentReader.Events() {
      @Override
      public void hit() {
        listener.onCacheHit(segment);
      }

      @Override
      public void miss() {
        listener.onCacheMiss(segment);
      }

      @Override
      public void refused() {
        listener.onPrefetchRefused(segment);
      }

      @Override
      public void waited(long nanos) {
        listener.onReadWait(segment, Duration.ofNanos(nanos));
      }
    };
  }

  @Override
  public InputStream openIndex(SegmentCoordinates segment, IndexType type) {
    SegmentManifest manifest = manifest(segment);
    SegmentManifest.IndexEntry index =
        manifest
            .index(type)
            .orElseThrow(
                () ->
                    new ObjectNotFoundException(
                        "Segment " + keys.manifest(segment) + " has no " + type + " index"));
    return reader.openIndex(
        keys.indexes(segment), manifest, index, type.name(), requests.fetches(segment));
  }

  @Override
  public void delete(SegmentCoordinates segment) {
    manifests.invalidate(segment);
    // The manifest goes first, and alone: while it fails, the segment stays whole and readable,
    // and the broker's next attempt deletes it. Once it is gone the segment is unreadable, and
    // whatever of the rest fails to go is deleted by the next attempt or found by the reconciler.
    requests.delete(segment, keys.manifest(segment));
    RuntimeException failure = null;
    for (ObjectKey key : List.of(keys.log(segment), keys.indexes(segment))) {
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

  private SegmentManifest manifest(SegmentCoordinates segment) {
    return manifests.get(
        segment,
        s -> {
          ObjectKey key = keys.manifest(s);
          SegmentManifest manifest =
              ManifestCodec.decode(
                  key, requests.fetchWhole(s, key, ManifestCodec.MAX_MANIFEST_BYTES));
          for (var index : manifest.indexes().entrySet()) {
            if (index.getValue().length() > maxIndexBytes) {
              throw new CorruptedDataException(
                  "Manifest "
                      + key
                      + " is unreadable: its "
                      + index.getKey()
                      + " index claims "
                      + index.getValue().length()
                      + " bytes, over the "
                      + maxIndexBytes
                      + " that indexes may take (maxIndexBytes)");
            }
          }
          return manifest;
        });
  }

  @Override
  public void close() {
    workers.shutdownNow();
    requests.objects().close();
  }
}
