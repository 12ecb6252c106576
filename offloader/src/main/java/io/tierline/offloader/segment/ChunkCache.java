package io.tierline.offloader.segment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStoreException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Decompressed, verified chunks, bounded by their total size. Concurrent readers of one chunk share
 * one fetch. Only a fetch that succeeded enters the cache, so a transient error or a corrupted
 * chunk is fetched and checked again next time.
 */
final class ChunkCache {
  record ChunkId(ObjectKey log, int index) {}

  private final Cache<ChunkId, byte[]> cache;
  private final Map<ChunkId, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();
  private final Executor executor;

  ChunkCache(long maxBytes, Executor executor) {
    this.executor = executor;
    this.cache = maxBytes == 0 ? null : Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((ChunkId id, byte[] chunk) -> chunk.length)
        .executor(Runnable::run)
        .build();
  }

  /** The chunk, from the cache, from a fetch already under way, or fetched on the executor. */
  CompletableFuture<byte[]> get(ChunkId id, Supplier<byte[]> fetch, Runnable onHit, Runnable onMiss) {
    byte[] cached = cache == null ? null : cache.getIfPresent(id);
    if (cached != null) {
      onHit.run();
      return CompletableFuture.completedFuture(cached);
    }
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> running = inFlight.putIfAbsent(id, mine);
    if (running != null) {
      onHit.run();
      return running;
    }
    onMiss.run();
    try {
      executor.execute(() -> {
        try {
          byte[] chunk = fetch.get();
          if (cache != null) {
            cache.put(id, chunk);
          }
          inFlight.remove(id, mine);
          mine.complete(chunk);
        } catch (Throwable t) {
          inFlight.remove(id, mine);
          mine.completeExceptionally(t);
        }
      });
    } catch (RejectedExecutionException e) {
      inFlight.remove(id, mine);
      mine.completeExceptionally(new ObjectStoreException("The segment store is closed", e));
    }
    return mine;
  }
}
