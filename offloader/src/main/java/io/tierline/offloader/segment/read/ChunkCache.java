package io.tierline.offloader.segment.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.segment.read.SegmentReader.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Decompressed, verified chunks, held in two places: a frequency-aware Caffeine cache for chunks
 * read again and again, and a {@link ReadAheadBuffer} for the chunks of sequential reads. Every
 * fetched chunk goes to both; each evicts by its own policy. Concurrent readers of one chunk share
 * one fetch. Only a chunk that was fetched and verified is kept, so a transient error or a
 * corrupted chunk is fetched and checked again next time. A miss may fetch a run of the chunks that
 * follow it in the same GET, when none of them is held or being fetched. Chunks fetched before
 * anyone reads them (prefetches, and the rest of such a run) reserve their room in the read-ahead
 * buffer first, and are not fetched without it.
 */
final class ChunkCache {
  record ChunkId(ObjectKey log, int index) {}

  /** Fetches chunks {@code first..last} of one log; see {@link ChunkReader#readRun}. */
  interface RunFetcher {
    Object[] fetch(int first, int last);
  }

  private final Cache<ChunkId, ChunkBytes> cache;
  private final ReadAheadBuffer readAhead;
  private final Map<ChunkId, CompletableFuture<ChunkBytes>> inFlight = new ConcurrentHashMap<>();
  private final Executor executor;

  ChunkCache(long maxBytes, long readAheadMaxBytes, Executor executor) {
    this.executor = executor;
    this.readAhead = new ReadAheadBuffer(readAheadMaxBytes);
    this.cache =
        maxBytes == 0
            ? null
            : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((ChunkId id, ChunkBytes chunk) -> chunk.weight())
                .executor(Runnable::run)
                .build();
  }

  /**
   * Chunk {@code index} of {@code log}: cached, being fetched, or fetched now together with up to
   * {@code lastInRun - index} following chunks, those if the read-ahead buffer has room for {@code
   * chunkBytes} each.
   */
  CompletableFuture<ChunkBytes> get(
      ObjectKey log, int index, int lastInRun, int chunkBytes, RunFetcher fetcher, Events events) {
    return fetch(log, index, lastInRun, chunkBytes, true, fetcher, events);
  }

  /**
   * As {@link #get}, for a chunk that no one reads yet: it is fetched only if the read-ahead buffer
   * has room for the whole run. Completes with null when it has not.
   */
  CompletableFuture<ChunkBytes> prefetch(
      ObjectKey log, int index, int lastInRun, int chunkBytes, RunFetcher fetcher, Events events) {
    return fetch(log, index, lastInRun, chunkBytes, false, fetcher, events);
  }

  /** A reader has gone past the chunk; see {@link ReadAheadBuffer#passed}. */
  void passed(ObjectKey log, int index) {
    readAhead.passed(new ChunkId(log, index));
  }

  private CompletableFuture<ChunkBytes> fetch(
      ObjectKey log,
      int index,
      int lastInRun,
      int chunkBytes,
      boolean needed,
      RunFetcher fetcher,
      Events events) {
    ChunkId id = new ChunkId(log, index);
    ChunkBytes cached = held(id);
    if (cached != null) {
      events.hit();
      return CompletableFuture.completedFuture(cached);
    }
    // Chunks read ahead reserve their room in the buffer; a chunk needed now is fetched anyway.
    boolean bounded = readAhead.maxBytes() > 0 && !inFlight.containsKey(id);
    int firstReserved = bounded && !needed ? chunkBytes : 0;
    int restReserved = bounded ? chunkBytes : 0;
    int last = lastInRun;
    long reserved = firstReserved + (long) restReserved * (last - index);
    if (reserved > 0 && !readAhead.reserve(log, reserved)) {
      events.refused();
      if (!needed) {
        return CompletableFuture.completedFuture(null);
      }
      last = index;
      reserved = 0;
    }
    CompletableFuture<ChunkBytes> mine = new CompletableFuture<>();
    CompletableFuture<ChunkBytes> running = inFlight.putIfAbsent(id, mine);
    if (running != null) {
      readAhead.release(log, reserved);
      events.hit();
      return running;
    }
    // A fetch may have landed between the look above and the claim: it stores a chunk before it
    // gives up its claim, so a chunk not held now is not held by anyone.
    ChunkBytes landed = held(id);
    if (landed != null) {
      mine.complete(landed); // for anyone who found the claim meanwhile
      inFlight.remove(id, mine);
      readAhead.release(log, reserved);
      events.hit();
      return mine;
    }
    List<CompletableFuture<ChunkBytes>> run = new ArrayList<>();
    run.add(mine);
    for (int next = index + 1; next <= last; next++) {
      ChunkId nextId = new ChunkId(log, next);
      CompletableFuture<ChunkBytes> claim = new CompletableFuture<>();
      if (holds(nextId) || inFlight.putIfAbsent(nextId, claim) != null) {
        break;
      }
      if (holds(nextId)) {
        inFlight.remove(nextId, claim);
        break;
      }
      run.add(claim);
    }
    Reservation reservation = new Reservation(firstReserved, restReserved);
    readAhead.release(log, reserved - reservation.of(run.size()));
    run.forEach(f -> events.miss());
    try {
      executor.execute(() -> complete(log, index, run, reservation, fetcher));
    } catch (RejectedExecutionException e) {
      fail(
          log, index, run, reservation, new ObjectStoreException("The segment store is closed", e));
    }
    return mine;
  }

  /**
   * The bytes that a run reserved in the read-ahead buffer for its first chunk and for each other.
   */
  private record Reservation(int first, int rest) {
    long of(int chunks) {
      return chunks == 0 ? 0 : first + (long) rest * (chunks - 1);
    }

    int forChunk(int k) {
      return k == 0 ? first : rest;
    }
  }

  /** Whether the chunk is held or being fetched. Not a read: the chunk's standing is unchanged. */
  boolean isHeld(ObjectKey log, int index) {
    ChunkId id = new ChunkId(log, index);
    return holds(id) || inFlight.containsKey(id);
  }

  /** The chunk if held, as a read of it: the cache and the buffer count it as used. */
  private ChunkBytes held(ChunkId id) {
    ChunkBytes cached = cache == null ? null : cache.getIfPresent(id);
    return cached != null ? cached : readAhead.get(id);
  }

  /**
   * Whether the chunk is held, without counting a read: a chunk that is only checked for, as the
   * first chunk of a next segment is by every reader near the end of the one before, would
   * otherwise look popular to the frequency-aware cache and stay in it for good.
   */
  private boolean holds(ChunkId id) {
    return (cache != null && cache.policy().getIfPresentQuietly(id) != null)
        || readAhead.contains(id);
  }

  /**
   * The read-ahead buffer, which also holds the indexes objects that {@link IndexReader} reads
   * whole.
   */
  ReadAheadBuffer readAhead() {
    return readAhead;
  }

  private void complete(
      ObjectKey log,
      int first,
      List<CompletableFuture<ChunkBytes>> run,
      Reservation reserved,
      RunFetcher fetcher) {
    Object[] chunks;
    try {
      chunks = fetcher.fetch(first, first + run.size() - 1);
    } catch (Throwable t) {
      fail(log, first, run, reserved, t);
      return;
    }
    for (int k = 0; k < run.size(); k++) {
      ChunkId id = new ChunkId(log, first + k);
      if (chunks[k] instanceof ChunkBytes chunk) {
        readAhead.put(id, chunk, reserved.forChunk(k));
        if (cache != null) {
          cache.put(id, chunk);
        }
        inFlight.remove(id, run.get(k));
        run.get(k).complete(chunk);
      } else {
        readAhead.release(log, reserved.forChunk(k));
        inFlight.remove(id, run.get(k));
        run.get(k).completeExceptionally((Throwable) chunks[k]);
      }
    }
  }

  private void fail(
      ObjectKey log,
      int first,
      List<CompletableFuture<ChunkBytes>> run,
      Reservation reserved,
      Throwable t) {
    readAhead.release(log, reserved.of(run.size()));
    for (int k = 0; k < run.size(); k++) {
      inFlight.remove(new ChunkId(log, first + k), run.get(k));
      run.get(k).completeExceptionally(t);
    }
  }
}
