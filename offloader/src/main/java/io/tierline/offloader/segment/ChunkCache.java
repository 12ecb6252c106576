package io.tierline.offloader.segment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStoreException;
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
 * corrupted chunk is fetched and checked again next time. A miss may fetch a run of the chunks
 * that follow it in the same GET, when none of them is held or being fetched.
 */
final class ChunkCache {
  record ChunkId(ObjectKey log, int index) {}

  /** Fetches chunks {@code first..last} of one log; see {@link ChunkReader#readRun}. */
  interface RunFetcher {
    Object[] fetch(int first, int last);
  }

  /** Event callbacks for the listener. */
  interface Events {
    void hit();

    void miss();
  }

  private final Cache<ChunkId, ChunkBytes> cache;
  private final ReadAheadBuffer readAhead;
  private final Map<ChunkId, CompletableFuture<ChunkBytes>> inFlight = new ConcurrentHashMap<>();
  private final Executor executor;

  ChunkCache(long maxBytes, long readAheadMaxBytes, Executor executor) {
    this.executor = executor;
    this.readAhead = new ReadAheadBuffer(readAheadMaxBytes);
    this.cache = maxBytes == 0 ? null : Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((ChunkId id, ChunkBytes chunk) -> chunk.weight())
        .executor(Runnable::run)
        .build();
  }

  /**
   * Chunk {@code index} of {@code log}: cached, being fetched, or fetched now together with up to
   * {@code lastInRun - index} following chunks.
   */
  CompletableFuture<ChunkBytes> get(ObjectKey log, int index, int lastInRun, RunFetcher fetcher, Events events) {
    ChunkId id = new ChunkId(log, index);
    ChunkBytes cached = held(id);
    if (cached != null) {
      events.hit();
      return CompletableFuture.completedFuture(cached);
    }
    CompletableFuture<ChunkBytes> mine = new CompletableFuture<>();
    CompletableFuture<ChunkBytes> running = inFlight.putIfAbsent(id, mine);
    if (running != null) {
      events.hit();
      return running;
    }
    List<CompletableFuture<ChunkBytes>> run = new ArrayList<>();
    run.add(mine);
    for (int next = index + 1; next <= lastInRun; next++) {
      ChunkId nextId = new ChunkId(log, next);
      CompletableFuture<ChunkBytes> claim = new CompletableFuture<>();
      if (held(nextId) != null || inFlight.putIfAbsent(nextId, claim) != null) {
        break;
      }
      run.add(claim);
    }
    run.forEach(f -> events.miss());
    try {
      executor.execute(() -> complete(log, index, run, fetcher));
    } catch (RejectedExecutionException e) {
      fail(log, index, run, new ObjectStoreException("The segment store is closed", e));
    }
    return mine;
  }

  /** Whether the chunk is held or being fetched. */
  boolean isHeld(ObjectKey log, int index) {
    ChunkId id = new ChunkId(log, index);
    return held(id) != null || inFlight.containsKey(id);
  }

  private ChunkBytes held(ChunkId id) {
    ChunkBytes cached = cache == null ? null : cache.getIfPresent(id);
    return cached != null ? cached : readAhead.get(id);
  }

  /** What the read-ahead buffer holds now, for tests. */
  ReadAheadBuffer readAhead() {
    return readAhead;
  }

  private void complete(ObjectKey log, int first, List<CompletableFuture<ChunkBytes>> run, RunFetcher fetcher) {
    Object[] chunks;
    try {
      chunks = fetcher.fetch(first, first + run.size() - 1);
    } catch (Throwable t) {
      fail(log, first, run, t);
      return;
    }
    for (int k = 0; k < run.size(); k++) {
      ChunkId id = new ChunkId(log, first + k);
      if (chunks[k] instanceof ChunkBytes chunk) {
        readAhead.put(id, chunk);
        if (cache != null) {
          cache.put(id, chunk);
        }
        inFlight.remove(id, run.get(k));
        run.get(k).complete(chunk);
      } else {
        inFlight.remove(id, run.get(k));
        run.get(k).completeExceptionally((Throwable) chunks[k]);
      }
    }
  }

  private void fail(ObjectKey log, int first, List<CompletableFuture<ChunkBytes>> run, Throwable t) {
    for (int k = 0; k < run.size(); k++) {
      inFlight.remove(new ChunkId(log, first + k), run.get(k));
      run.get(k).completeExceptionally(t);
    }
  }
}
