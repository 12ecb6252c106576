package io.tierline.offloader.segment;

import io.tierline.offloader.ObjectStoreException;
import java.util.OptionalLong;

/**
 * Paces the bytes read from segment files across all uploads of a store. Each caller reserves its
 * bytes on a shared timeline and sleeps until its slot, so the average rate never exceeds the limit
 * and a large burst is spread evenly.
 */
final class UploadRateLimiter {
  private final long bytesPerSecond;
  private long nextFreeNanos = System.nanoTime();

  private UploadRateLimiter(long bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
  }

  static UploadRateLimiter of(OptionalLong bytesPerSecond) {
    return bytesPerSecond.isPresent() ? new UploadRateLimiter(bytesPerSecond.getAsLong()) : null;
  }

  void acquire(long bytes) {
    long waitNanos;
    synchronized (this) {
      long now = System.nanoTime();
      long start = Math.max(now, nextFreeNanos);
      nextFreeNanos = start + (long) (bytes * 1e9 / bytesPerSecond);
      waitNanos = start - now;
    }
    if (waitNanos > 0) {
      try {
        Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ObjectStoreException("Interrupted while waiting for the upload rate limit", e);
      }
    }
  }
}
