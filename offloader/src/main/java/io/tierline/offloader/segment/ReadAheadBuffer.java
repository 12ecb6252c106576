package io.tierline.offloader.segment;

import io.tierline.offloader.segment.ChunkCache.ChunkId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chunks fetched for sequential readers, strictly least recently used out first, within a bound on
 * their bytes. The broker opens a new stream for every fetch; the chunks that the last stream
 * prefetched, and the one it stopped in, wait here for the next. The frequency-aware cache is no
 * place for them: it admits a chunk seen once only over another chunk seen as rarely, so during a
 * scan it turns most prefetched chunks away, and each is fetched again.
 */
final class ReadAheadBuffer {
  private final long maxBytes;
  private final LinkedHashMap<ChunkId, ChunkBytes> chunks = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  ReadAheadBuffer(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The chunk, now the most recently used, or null. */
  synchronized ChunkBytes get(ChunkId id) {
    return chunks.get(id);
  }

  /**
   * Adds or replaces a chunk, then drops the least recently used until the bound holds. A chunk
   * larger than the bound is not kept. Chunks of one GET share its array; each counts its own
   * bytes, so the memory held may pass the bound by the rest of one such array.
   */
  synchronized void put(ChunkId id, ChunkBytes chunk) {
    if (chunk.length() > maxBytes) {
      return;
    }
    ChunkBytes previous = chunks.put(id, chunk);
    bytes += chunk.length() - (previous == null ? 0 : previous.length());
    Iterator<Map.Entry<ChunkId, ChunkBytes>> eldest = chunks.entrySet().iterator();
    while (bytes > maxBytes) {
      bytes -= eldest.next().getValue().length();
      eldest.remove();
    }
  }

  synchronized long bytes() {
    return bytes;
  }

  synchronized int size() {
    return chunks.size();
  }
}
