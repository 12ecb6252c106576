package io.tierline.offloader.segment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tierline.offloader.ByteRange;
import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoreUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/** The segment format of {@link SegmentStore} over any {@link io.tierline.offloader.ObjectStore}. */
final class DefaultSegmentStore implements SegmentStore {
  private static final int MANIFEST_CACHE_ENTRIES = 10_000;
  private static final int RUN_BYTES = 8 << 20;
  private static final long NO_NEXT_SEGMENT = -1;
  /** The largest indexes object read whole: one array. */
  private static final long MAX_BUNDLE_BYTES = Integer.MAX_VALUE - 8;
  /** Next segments remembered, so that only the first reader near a segment's end LISTs. */
  private static final int NEXT_SEGMENTS = 10_000;

  private final Requests requests;
  private final SegmentStoreSettings settings;
  private final SegmentStoreListener listener;
  private final SegmentKeys keys;
  private final UploadRateLimiter rateLimiter;
  private final Cache<SegmentCoordinates, SegmentManifest> manifests;
  private final ExecutorService workers;
  private final ChunkCache chunks;
  private final ChunkReader chunkReader;
  /** The segment found at each key prefix of a next segment. */
  private final Cache<String, SegmentCoordinates> nextSegments =
      Caffeine.newBuilder().maximumSize(NEXT_SEGMENTS).expireAfterWrite(Duration.ofMinutes(10)).build();
  /** Set once the store refused a LIST: read-ahead into next segments then stops. */
  private volatile boolean listRefused;
  /** Prefixes being listed now. */
  private final Set<String> listing = ConcurrentHashMap.newKeySet();

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
    return openLog(segment, startPosition, endPosition, NO_NEXT_SEGMENT);
  }

  @Override
  public InputStream openLog(SegmentCoordinates segment, long startPosition, long endPosition,
      long nextBaseOffset) {
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
    ChunkCache.Events events = events(segment);
    // One run's worth of chunks requested at a time: one prefetch GET per reader in flight. On the
    // catch-up benchmark two in flight did worse, and all at once worse still.
    int lanes = runChunks;
    int lastOfSegment = manifest.chunks().size() - 1;
    if (nextBaseOffset > segment.baseOffset() && prefetch > 0 && lastOfSegment >= 0
        && startPosition / manifest.chunkSizeBytes() + prefetch >= lastOfSegment) {
      followOn(segment, nextBaseOffset, runChunks);
    }
    ChunkCache.RunFetcher fetcher =
        (first, last) -> chunkReader.readRun(segment, log, manifest, first, last);
    SegmentInputStream.Chunks source = new SegmentInputStream.Chunks() {
      @Override
      public CompletableFuture<ChunkBytes> get(int index) {
        return chunks.get(log, index, Math.min(lastChunk, index + runChunks - 1),
            manifest.chunkSizeBytes(), fetcher, events);
      }

      @Override
      public CompletableFuture<ChunkBytes> prefetch(int index) {
        return chunks.prefetch(log, index, Math.min(lastChunk, index + runChunks - 1),
            manifest.chunkSizeBytes(), fetcher, events);
      }

      @Override
      public void passed(int index) {
        chunks.passed(log, index);
      }
    };
    return new SegmentInputStream(source, manifest.chunkSizeBytes(), startPosition, end, prefetch,
        lanes, nanos -> listener.onReadWait(segment, Duration.ofNanos(nanos)));
  }

  /**
   * The reader is near the end of this segment: in the background, find the segment that starts at
   * {@code nextBaseOffset} (one LIST, remembered), and fetch its manifest, its indexes and its
   * first chunks into the read-ahead buffer, unless they are there or on their way, or the buffer
   * has no room for them. The broker asks for the next segment only once it has read this one to
   * the end, and would otherwise wait for each of these in turn. Only a hint: whatever goes wrong
   * here is left for the reader to meet, if it ever reads that segment.
   */
  private void followOn(SegmentCoordinates segment, long nextBaseOffset, int runChunks) {
    String prefix = keys.baseOffsetPrefix(segment, nextBaseOffset);
    SegmentCoordinates known = nextSegments.getIfPresent(prefix);
    if (known != null ? chunks.isHeld(keys.log(known), 0) : listRefused || !listing.add(prefix)) {
      return; // fetched ahead already (every later reader near the end), or being listed
    }
    try {
      workers.execute(() -> {
        try {
          SegmentCoordinates next = known != null ? known : find(segment, nextBaseOffset, prefix);
          if (next != null) {
            fetchStart(next, runChunks);
          }
        } catch (RuntimeException hintOnly) {
          // The reader of the next segment fetches it itself and meets the error, if any.
        } finally {
          if (known == null) {
            listing.remove(prefix);
          }
        }
      });
    } catch (RejectedExecutionException closed) {
      if (known == null) {
        listing.remove(prefix);
      }
    }
  }

  private SegmentCoordinates find(SegmentCoordinates segment, long baseOffset, String prefix) {
    List<ObjectKey> keysFound;
    try {
      keysFound = requests.list(segment, prefix);
    } catch (StoreUnavailableException transientFailure) {
      return null; // the next reader near the end tries again
    } catch (ObjectStoreException refused) {
      // Credentials without s3:ListBucket, say: reads work without read-ahead into the next
      // segment, so stop asking; the listener has counted the error once.
      listRefused = true;
      return null;
    }
    List<String> ids = keysFound.stream()
        .flatMap(key -> SegmentKeys.segmentIdOfManifest(key, prefix).stream()).toList();
    if (ids.size() != 1) {
      return null; // none yet, or a failed copy beside the real one: the reader will tell
    }
    SegmentCoordinates next = new SegmentCoordinates(segment.topic(), segment.topicId(),
        segment.partition(), baseOffset, ids.get(0));
    nextSegments.put(prefix, next);
    return next;
  }

  /** The manifest, indexes and first chunks of a segment, fetched in order unless held. */
  private void fetchStart(SegmentCoordinates segment, int runChunks) {
    ObjectKey log = keys.log(segment);
    if (chunks.isHeld(log, 0)) {
      return; // fetched ahead for an earlier reader near the end: not a read, so not counted
    }
    SegmentManifest manifest = manifest(segment);
    indexBundle(segment, manifest);
    ChunkCache.Events events = events(segment);
    // The chunk a reader starts in and the prefetch after it, in whole runs: the reader's own
    // prefetch then goes on from a run's end, and no run is split in two GETs.
    int wanted = settings.prefetchChunks() + 1;
    int last = Math.min(manifest.chunks().size(), (wanted + runChunks - 1) / runChunks * runChunks) - 1;
    CompletableFuture<ChunkBytes> previous = CompletableFuture.completedFuture(null);
    for (int first = 0; first <= last; first += runChunks) {
      int from = first;
      int to = Math.min(last, first + runChunks - 1);
      previous = previous.handle((bytes, failure) -> from).thenCompose(i -> chunks.prefetch(log, i,
          to, manifest.chunkSizeBytes(), (a, b) -> chunkReader.readRun(segment, log, manifest, a, b),
          events));
    }
  }

  private ChunkCache.Events events(SegmentCoordinates segment) {
    return new ChunkCache.Events() {
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
    };
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
    byte[] bytes;
    int offset;
    ChunkBytes bundle = settings.readAheadMaxBytes() == 0 ? null : indexBundle(segment, manifest);
    if (bundle == null) {
      bytes = requests.fetch(segment, key, ByteRange.ofLength(entry.offset(), entry.length()));
      offset = 0;
    } else {
      bytes = bundle.array();
      offset = bundle.offset() + Math.toIntExact(entry.offset());
    }
    int length = Math.toIntExact(entry.length());
    if (bytes.length - offset < length || ChunkReader.crc32c(bytes, offset, length) != entry.crc32c()) {
      throw new CorruptedDataException("Checksum mismatch in the " + type + " index (bytes "
          + entry.offset() + "+" + entry.length() + ") of object " + key);
    }
    return new ByteArrayInputStream(bytes, offset, length);
  }

  /**
   * The whole indexes object of the segment, from the read-ahead buffer or with one GET: the
   * broker asks for two or three indexes of a segment one after another, and one GET of all is
   * cheaper and quicker than one each. Each index's checksum is checked as it is read. Null when
   * the object would not fit in the read-ahead buffer: then each index is fetched on its own.
   */
  private ChunkBytes indexBundle(SegmentCoordinates segment, SegmentManifest manifest) {
    ObjectKey key = keys.indexes(segment);
    ChunkCache.ChunkId id = new ChunkCache.ChunkId(key, 0);
    ChunkBytes held = chunks.readAhead().get(id);
    if (held != null) {
      return held;
    }
    long length = manifest.indexes().values().stream()
        .mapToLong(e -> e.offset() + e.length()).max().orElse(0);
    if (length == 0) {
      return ChunkBytes.of(new byte[0]);
    }
    if (length > Math.min(settings.readAheadMaxBytes(), MAX_BUNDLE_BYTES)) {
      return null;
    }
    ChunkBytes bundle = ChunkBytes.of(requests.fetch(segment, key, ByteRange.ofLength(0, length)));
    if (bundle.length() == length) {
      // A short one is not kept: its indexes fail their checksums, and the next try fetches again.
      chunks.readAhead().put(id, bundle);
    }
    return bundle;
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

  /** Whether the object store refused a LIST, for tests. */
  boolean listRefused() {
    return listRefused;
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
