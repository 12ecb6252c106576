package io.tierline.offloader.segment.read;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.segment.read.ChunkCache.ChunkId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chunks fetched for sequential readers, within a bound on their bytes. The broker opens a new
 * stream for every fetch; the chunks that the last stream prefetched, and the one it stopped in,
 * wait here for the next. The frequency-aware cache is no place for them: it admits a chunk seen
 * once only over another chunk seen as rarely, so during a scan it turns most prefetched chunks
 * away, and each is fetched again.
 *
 * <p>The buffer is shared by every partition read at once, and one reader's prefetch must not cost
 * another reader a second fetch of a chunk. So:
 *
 * <ul>
 *   <li>Chunks that a reader has gone past leave first, least recently used first; chunks still
 *       ahead of their readers leave only when nothing else is left.
 *   <li>A prefetch reserves its bytes before it is fetched, and is refused when the chunks still
 *       ahead and the reservations would pass the bound, or when its reader would hold more than
 *       its fair share ({@link ReaderShares}): the bound divided among the partitions being read, a
 *       reader holding nothing always admitted, room beyond the share lent while the others' next
 *       runs still fit. First come, first served, the partition whose stream asked first filled the
 *       buffer, and a fetch of many partitions waited for those refused.
 *   <li>A chunk fetched without a reservation (one that a reader needs now, and found no room to
 *       prefetch) counts as ahead if there is room for it within its reader's share, and as passed
 *       if not: it never pushes out a chunk that a reader is about to read.
 *   <li>A chunk still ahead that twice the buffer's worth of newer chunks has arrived after,
 *       unread, counts as passed: its reader stopped, or read on elsewhere (the last chunk of a
 *       segment, say). Once is not enough: with the buffer shared by readers that keep up, the last
 *       chunk that a reader prefetched is read at about the time a buffer's worth has arrived after
 *       it.
 * </ul>
 */
final class ReadAheadBuffer {
  private static final int STALE_AFTER_BUFFERS = 2;

  /**
   * A chunk still ahead, its reader, and the bytes that had arrived when it was last put or read.
   */
  private record Ahead(ChunkBytes chunk, String reader, long arrived) {}

  private final long maxBytes;
  private final LinkedHashMap<ChunkId, Ahead> ahead = new LinkedHashMap<>(64, 0.75f, true);
  private final LinkedHashMap<ChunkId, ChunkBytes> passed = new LinkedHashMap<>(64, 0.75f, true);
  private long aheadBytes;
  private long passedBytes;
  private long reservedBytes;
  private final ReaderShares shares;

  /** The bytes of all chunks put so far. */
  private long arrivedBytes;

  ReadAheadBuffer(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.shares = new ReaderShares(maxBytes, STALE_AFTER_BUFFERS * maxBytes);
  }

  /** The chunk, now the most recently used, or null. */
  synchronized ChunkBytes get(ChunkId id) {
    Ahead held = ahead.get(id);
    if (held == null) {
      return passed.get(id);
    }
    ahead.put(id, new Ahead(held.chunk(), held.reader(), arrivedBytes));
    return held.chunk();
  }

  /** Whether the chunk is here; not a use of it. */
  synchronized boolean contains(ChunkId id) {
    return ahead.containsKey(id) || passed.containsKey(id);
  }

  /**
   * Adds or replaces a chunk fetched without a reservation; see {@link #put(ChunkId, ChunkBytes,
   * long)}.
   */
  synchronized void put(ChunkId id, ChunkBytes chunk) {
    put(id, chunk, 0);
  }

  /**
   * Releases {@code reserved} bytes of a reservation, then adds or replaces a chunk, and drops
   * chunks until the bound holds. The chunk counts as still ahead of its reader if it was reserved
   * for, or if there is room for it beside the chunks ahead and the reservations and within its
   * reader's share; otherwise as passed, so that it never pushes out a chunk that a reader is about
   * to read. A chunk larger than the bound is not kept. Chunks of one GET share its array; each
   * counts its own bytes, so the memory held may pass the bound by the rest of one such array.
   */
  synchronized void put(ChunkId id, ChunkBytes chunk, long reserved) {
    release(id.log(), reserved);
    if (chunk.length() > maxBytes) {
      return;
    }
    remove(id);
    arrivedBytes += chunk.length();
    String reader = ReaderShares.readerOf(id.log());
    if (reserved > 0
        || (aheadBytes + reservedBytes + chunk.length() <= maxBytes
            && shares.admits(
                reader, chunk.length(), arrivedBytes, maxBytes - aheadBytes - reservedBytes))) {
      ahead.put(id, new Ahead(chunk, reader, arrivedBytes));
      aheadBytes += chunk.length();
      shares.add(reader, chunk.length(), arrivedBytes);
    } else {
      passed.put(id, chunk);
      passedBytes += chunk.length();
    }
    Iterator<ChunkBytes> passedFirst = passed.values().iterator();
    while (aheadBytes + passedBytes > maxBytes && passedFirst.hasNext()) {
      passedBytes -= passedFirst.next().length();
      passedFirst.remove();
    }
    Iterator<Ahead> thenAhead = ahead.values().iterator();
    while (aheadBytes + passedBytes > maxBytes && thenAhead.hasNext()) {
      Ahead dropped = thenAhead.next();
      thenAhead.remove();
      notAhead(dropped);
    }
  }

  private void remove(ChunkId id) {
    ChunkBytes wasPassed = passed.remove(id);
    if (wasPassed != null) {
      passedBytes -= wasPassed.length();
    }
    Ahead wasAhead = ahead.remove(id);
    if (wasAhead != null) {
      notAhead(wasAhead);
    }
  }

  private void notAhead(Ahead chunk) {
    aheadBytes -= chunk.chunk().length();
    shares.remove(chunk.reader(), chunk.chunk().length());
  }

  /** A reader has gone past the chunk: it leaves before any chunk still ahead of a reader. */
  synchronized void passed(ChunkId id) {
    Ahead held = ahead.remove(id);
    if (held != null) {
      toPassed(id, held);
    }
  }

  private void toPassed(ChunkId id, Ahead chunk) {
    notAhead(chunk);
    passed.put(id, chunk.chunk());
    passedBytes += chunk.chunk().length();
  }

  /**
   * Reserves room for a prefetch of {@code bytes} of {@code log}, unless the chunks still ahead of
   * their readers and the reservations already made would then pass the bound, or the reader of
   * {@code log} would hold more than its share.
   */
  synchronized boolean reserve(ObjectKey log, long bytes) {
    // Least recently used first, so the first chunk that is not stale ends the stale ones.
    Iterator<Map.Entry<ChunkId, Ahead>> eldest = ahead.entrySet().iterator();
    while (eldest.hasNext()) {
      Map.Entry<ChunkId, Ahead> entry = eldest.next();
      if (arrivedBytes - entry.getValue().arrived() < STALE_AFTER_BUFFERS * maxBytes) {
        break;
      }
      eldest.remove();
      toPassed(entry.getKey(), entry.getValue());
    }
    // The share first: a reader refused for want of room still counts among the active ones.
    String reader = ReaderShares.readerOf(log);
    if (!shares.admits(reader, bytes, arrivedBytes, maxBytes - aheadBytes - reservedBytes)
        || aheadBytes + reservedBytes + bytes > maxBytes) {
      return false;
    }
    reservedBytes += bytes;
    shares.add(reader, bytes, arrivedBytes);
    return true;
  }

  /**
   * Gives back {@code bytes} of a reservation for {@code log} whose fetch failed or was not needed.
   */
  synchronized void release(ObjectKey log, long bytes) {
    if (bytes != 0) {
      reservedBytes -= bytes;
      shares.remove(ReaderShares.readerOf(log), bytes);
    }
  }

  long maxBytes() {
    return maxBytes;
  }

  synchronized long bytes() {
    return aheadBytes + passedBytes;
  }

  synchronized long reservedBytes() {
    return reservedBytes;
  }

  /** What the reader of {@code log} holds: its chunks still ahead and its reservations. */
  synchronized long heldBytes(ObjectKey log) {
    return shares.heldBytes(ReaderShares.readerOf(log));
  }

  /** Readers that hold something, or did lately. */
  synchronized int activeReaders() {
    return shares.active();
  }

  synchronized int size() {
    return ahead.size() + passed.size();
  }
}
