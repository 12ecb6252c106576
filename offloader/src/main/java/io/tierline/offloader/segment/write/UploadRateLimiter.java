package io.tierline.offloader.segment.write;

import io.tierline.offloader.ObjectStoreException;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Paces the bytes read from segment files across all uploads of a store. Each caller reserves its
 * bytes on a shared timeline and sleeps until its slot, so the average rate never exceeds the limit
 * and a large burst is spread evenly.
 */
final class UploadRateLimiter {
  /** Sleeps for a number of nanoseconds; replaceable in tests. */
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final long bytesPerSecond;
  private final LongSupplier clock;
  private final Sleeper sleeper;
  private long nextFreeNanos;

  UploadRateLimiter(long bytesPerSecond, LongSupplier clock, Sleeper sleeper) {
    this.bytesPerSecond = bytesPerSecond;
    this.clock = clock;
    this.sleeper = sleeper;
    this.nextFreeNanos = clock.getAsLong();
  }

  /** A limiter on the system clock, or none. */
  static UploadRateLimiter of(OptionalLong bytesPerSecond) {
    return bytesPerSecond.isPresent()
        ? new UploadRateLimiter(
            bytesPerSecond.getAsLong(),
            System::nanoTime,
            nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)))
        : null;
  }

  void acquire(long bytes) {
    long waitNanos;
    synchronized (this) {
      long now = clock.getAsLong();
      long start = Math.max(now, nextFreeNanos);
      nextFreeNanos = start + (long) (bytes * 1e9 / bytesPerSecond);
      waitNanos = start - now;
    }
    if (waitNanos > 0) {
      try {
        sleeper.sleep(waitNanos);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ObjectStoreException("Interrupted while waiting for the upload rate limit", e);
      }
    }
  }
}
