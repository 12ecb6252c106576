package io.tierline.offloader.segment.read;

import io.tierline.offloader.ByteRange;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.segment.crypt.ChunkCipher;
import io.tierline.offloader.segment.crypt.KeyRing;
import io.tierline.offloader.segment.format.Encryption;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Reads stored segments back: lazy streams over any range of a log, fetched chunk by chunk with
 * ranged GETs, each chunk checked and decompressed ({@link ChunkReader}), held in a cache and a
 * read-ahead buffer ({@link ChunkCache}) and prefetched in order ({@link SegmentInputStream}); and
 * single indexes ({@link IndexReader}). One reader serves every stream of a segment store, and they
 * share its cache and buffer.
 */
public final class SegmentReader {
  private static final int RUN_BYTES = 8 << 20;

  /** A ranged GET of an object of one segment; see {@code ObjectStore.fetch}. */
  public interface Fetch {
    byte[] fetch(ObjectKey key, ByteRange range);
  }

  /** What happens while one segment is read, for its listener. */
  public interface Events {
    /** A reader found a chunk held, or already being fetched. */
    void hit();

    /** A reader had to fetch a chunk. */
    void miss();

    /** The read-ahead buffer had no room for a prefetch. */
    void refused();

    /** A read waited this many nanoseconds for a chunk that was not yet fetched. */
    void waited(long nanos);
  }

  private final ChunkCache chunks;
  private final IndexReader indexes;
  private final int prefetchChunks;
  private final Optional<KeyRing> keyRing;
  private final DiskChunkCache disk;

  /**
   * @param cacheMaxBytes the chunk cache's bound in original bytes; 0 for none
   * @param readAheadMaxBytes the read-ahead buffer's bound in original bytes; 0 for none
   * @param prefetchChunks chunks a reader fetches ahead of the one it reads
   * @param workers where chunks are fetched
   * @param disk the disk tier below the memory cache, or null for none
   * @param keyRing the master keys that encrypted segments' data keys are wrapped by
   */
  public SegmentReader(
      long cacheMaxBytes,
      long readAheadMaxBytes,
      int prefetchChunks,
      Executor workers,
      DiskChunkCache disk,
      Optional<KeyRing> keyRing) {
    this.keyRing = keyRing;
    this.chunks = new ChunkCache(cacheMaxBytes, readAheadMaxBytes, workers);
    this.indexes = new IndexReader(chunks.readAhead());
    this.prefetchChunks = prefetchChunks;
    this.disk = disk;
  }

  /**
   * A lazy stream over the original bytes of {@code log} from {@code start} to {@code end}, cut at
   * the end of the log; {@code start} is at most the log's size.
   */
  public InputStream openLog(
      ObjectKey log, SegmentManifest manifest, long start, long end, Fetch fetch, Events events) {
    long last = Math.min(end, manifest.originalSize() - 1);
    int lastChunk = last < start ? -1 : (int) (last / manifest.chunkSizeBytes());
    int runChunks = runChunks(manifest);
    // One run's worth of chunks requested at a time: one prefetch GET per reader in flight. On the
    // catch-up benchmark two in flight did worse, and all at once worse still.
    int lanes = runChunks;
    ChunkCipher cipher = cipher(log, manifest);
    ChunkCache.RunFetcher fetcher =
        (first, lastOfRun) ->
            ChunkReader.readRun(fetch, log, manifest, disk, cipher, first, lastOfRun);
    SegmentInputStream.Chunks source =
        new SegmentInputStream.Chunks() {
          @Override
          public CompletableFuture<ChunkBytes> get(int index) {
            return chunks.get(
                log,
                index,
                Math.min(lastChunk, index + runChunks - 1),
                manifest.chunkSizeBytes(),
                fetcher,
                events);
          }

          @Override
          public CompletableFuture<ChunkBytes> prefetch(int index) {
            return chunks.prefetch(
                log,
                index,
                Math.min(lastChunk, index + runChunks - 1),
                manifest.chunkSizeBytes(),
                fetcher,
                events);
          }

          @Override
          public void passed(int index) {
            chunks.passed(log, index);
          }
        };
    return new SegmentInputStream(
        source,
        manifest.chunkSizeBytes(),
        start,
        last,
        prefetchChunks,
        lanes,
        events::waited,
        last == manifest.originalSize() - 1);
  }

  /**
   * Whether a reader that starts at {@code start} will prefetch the last chunk of the log: a reader
   * so near the end may go on into the next segment, whose start is worth fetching now.
   */
  public boolean nearTheEnd(SegmentManifest manifest, long start) {
    int lastOfSegment = manifest.chunks().size() - 1;
    return prefetchChunks > 0
        && lastOfSegment >= 0
        && start / manifest.chunkSizeBytes() + prefetchChunks >= lastOfSegment;
  }

  /**
   * The bytes a reader of the segment prefetches ahead of the one it reads: how much of the
   * segments after it is worth fetching the start of, when they are small.
   */
  public long prefetchBytes(SegmentManifest manifest) {
    return (long) prefetchChunks * manifest.chunkSizeBytes();
  }

  /** Whether the first chunk of {@code log} is held or on its way. Not a read, so not counted. */
  public boolean holdsStart(ObjectKey log) {
    return chunks.isHeld(log, 0);
  }

  /**
   * Fetches into the read-ahead buffer what a reader of the segment from its start needs first: its
   * indexes object now, then its first chunks in the background, in order, unless they are held or
   * on their way, or the buffer has no room for them.
   */
  public void fetchStart(
      ObjectKey log,
      ObjectKey indexesObject,
      SegmentManifest manifest,
      Fetch fetch,
      Events events) {
    indexes.bundle(indexesObject, manifest, fetch);
    int runChunks = runChunks(manifest);
    // The chunk a reader starts in and the prefetch after it, in whole runs: the reader's own
    // prefetch then goes on from a run's end, and no run is split in two GETs.
    int wanted = prefetchChunks + 1;
    int last =
        Math.min(manifest.chunks().size(), (wanted + runChunks - 1) / runChunks * runChunks) - 1;
    ChunkCipher cipher = cipher(log, manifest);
    ChunkCache.RunFetcher fetcher =
        (a, b) -> ChunkReader.readRun(fetch, log, manifest, disk, cipher, a, b);
    CompletableFuture<ChunkBytes> previous = CompletableFuture.completedFuture(null);
    for (int first = 0; first <= last; first += runChunks) {
      int from = first;
      int to = Math.min(last, first + runChunks - 1);
      previous =
          previous
              .handle((bytes, failure) -> from)
              .thenCompose(
                  i -> chunks.prefetch(log, i, to, manifest.chunkSizeBytes(), fetcher, events));
    }
  }

  /**
   * The bytes of one index of a segment, checked against its CRC32C; {@code name} is for errors.
   */
  public InputStream openIndex(
      ObjectKey indexesObject,
      SegmentManifest manifest,
      SegmentManifest.IndexEntry index,
      String name,
      Fetch fetch) {
    return indexes.open(indexesObject, manifest, index, name, fetch);
  }

  /**
   * The data key of an encrypted segment, unwrapped now, so that a missing master key fails the
   * read at once and names the key id; null for a segment in the clear.
   */
  private ChunkCipher cipher(ObjectKey log, SegmentManifest manifest) {
    if (manifest.encryption().isEmpty()) {
      return null;
    }
    Encryption encryption = manifest.encryption().get();
    return ChunkCipher.of(
        encryption,
        keyRing.orElseThrow(
            () ->
                new ObjectStoreException(
                    "Segment "
                        + log
                        + " is encrypted with master key id '"
                        + encryption.keyId()
                        + "', but no key ring is configured")),
        log);
  }

  /**
   * Chunks fetched in one GET: with prefetch on, a miss fetches up to {@link #RUN_BYTES} of the
   * chunks after it too: fewer, larger requests, as S3 prefers. Never past what a stream will read.
   */
  private int runChunks(SegmentManifest manifest) {
    return prefetchChunks == 0
        ? 1
        : Math.min(prefetchChunks + 1, Math.max(1, RUN_BYTES / manifest.chunkSizeBytes()));
  }
}
