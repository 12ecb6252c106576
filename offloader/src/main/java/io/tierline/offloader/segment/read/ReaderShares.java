package io.tierline.offloader.segment.read;

import io.tierline.offloader.ObjectKey;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Fair shares of the read-ahead buffer among the readers using it. A reader is a partition: the
 * objects whose keys share all but their last component, as the key layout puts each partition's
 * segments under one prefix, so a reader going from segment to segment keeps its share. Each active
 * reader may hold, in chunks still ahead of it and reservations, the buffer's bound divided by the
 * number of active readers, and a reader holding nothing may always take its next run: a prefetch
 * of one partition never starves another. A reader stays active while it holds anything, and for as
 * long after as it takes a given number of bytes to arrive in the buffer (a clock that runs only
 * while something is read): a reader between two fetches keeps its share, one that stopped gives it
 * back. Not thread-safe: the buffer calls it under its lock.
 */
final class ReaderShares {
  private static final class Reader {
    long heldBytes;
    long lastActive;
  }

  private final long maxBytes;
  private final long idleAfterBytes;
  private final Map<String, Reader> readers = new HashMap<>();

  /**
   * @param maxBytes the buffer's bound, shared
   * @param idleAfterBytes bytes arrived after a reader last held or asked for anything, after which
   *     it no longer counts
   */
  ReaderShares(long maxBytes, long idleAfterBytes) {
    this.maxBytes = maxBytes;
    this.idleAfterBytes = idleAfterBytes;
  }

  /** The reader of an object: its key without the last component. */
  static String readerOf(ObjectKey key) {
    String value = key.value();
    return value.substring(0, Math.max(0, value.lastIndexOf('/')));
  }

  /**
   * Whether {@code reader} may hold {@code bytes} more, as of {@code now} (bytes arrived so far),
   * with {@code freeBytes} of the buffer neither held nor reserved: always if it holds nothing or
   * stays within its share; beyond its share, only if what is left keeps room for the next {@code
   * bytes} of every other reader under its share. Counts the reader as active.
   */
  boolean admits(String reader, long bytes, long now, long freeBytes) {
    Reader asking = touch(reader, now);
    Iterator<Reader> all = readers.values().iterator();
    while (all.hasNext()) {
      Reader other = all.next();
      if (other.heldBytes == 0 && now - other.lastActive >= idleAfterBytes) {
        all.remove();
      }
    }
    long share = maxBytes / readers.size();
    if (asking.heldBytes == 0 || asking.heldBytes + bytes <= share) {
      return true;
    }
    long kept = 0;
    for (Reader other : readers.values()) {
      if (other != asking) {
        kept += Math.min(Math.max(0, share - other.heldBytes), bytes);
      }
    }
    return bytes + kept <= freeBytes;
  }

  /** The reader now holds {@code bytes} more: a reservation or a chunk ahead. */
  void add(String reader, long bytes, long now) {
    touch(reader, now).heldBytes += bytes;
  }

  /** The reader holds {@code bytes} less. */
  void remove(String reader, long bytes) {
    Reader held = readers.get(reader);
    if (held != null) {
      held.heldBytes -= bytes;
    }
  }

  /** What the reader holds: its chunks ahead and its reservations. */
  long heldBytes(String reader) {
    Reader held = readers.get(reader);
    return held == null ? 0 : held.heldBytes;
  }

  /** Readers that hold something, or did lately. */
  int active() {
    return readers.size();
  }

  private Reader touch(String reader, long now) {
    Reader held = readers.computeIfAbsent(reader, r -> new Reader());
    held.lastActive = now;
    return held;
  }
}
