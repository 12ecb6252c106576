package io.tierline.offloader.segment;

import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.segment.crypt.KeyRing;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds {@link SegmentStore}s. */
public final class SegmentStores {
  /** Threads per store for chunk fetches, prefetch and compression. */
  private static final int WORKER_THREADS = 32;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private SegmentStores() {}

  /**
   * A segment store over {@code objects}. The segment store owns the object store: closing it
   * closes {@code objects}.
   */
  public static SegmentStore create(ObjectStore objects, SegmentStoreSettings settings) {
    return create(objects, settings, SegmentStoreListener.NOOP);
  }

  /**
   * As {@link #create(ObjectStore, SegmentStoreSettings)}, reporting events to {@code listener}.
   */
  public static SegmentStore create(
      ObjectStore objects, SegmentStoreSettings settings, SegmentStoreListener listener) {
    return create(objects, settings, listener, Optional.empty());
  }

  /**
   * As {@link #create(ObjectStore, SegmentStoreSettings, SegmentStoreListener)}; with a {@code
   * keyRing}, every segment uploaded is encrypted (AES-256-GCM per chunk, after compression) under
   * a data key of its own that the ring's active key wraps, and encrypted segments are read with
   * whichever key of the ring wrapped them.
   */
  public static SegmentStore create(
      ObjectStore objects,
      SegmentStoreSettings settings,
      SegmentStoreListener listener,
      Optional<KeyRing> keyRing) {
    Objects.requireNonNull(objects, "objects");
    Objects.requireNonNull(keyRing, "keyRing");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(listener, "listener");
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            WORKER_THREADS,
            WORKER_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "tierline-segment-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    workers.allowCoreThreadTimeOut(true);
    return new DefaultSegmentStore(
        new Requests(objects, listener), settings, listener, workers, keyRing);
  }
}
