package io.tierline.offloader.segment;

import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.segment.read.DiskChunkCache;
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
    return create(objects, settings, Optional.empty(), listener);
  }

  /**
   * As {@link #create(ObjectStore, SegmentStoreSettings, SegmentStoreListener)}, with chunks also
   * kept on local disk below the memory cache when {@code diskCache} is present.
   *
   * @throws io.tierline.offloader.ObjectStoreException if the disk cache's directory cannot be
   *     prepared
   */
  public static SegmentStore create(
      ObjectStore objects,
      SegmentStoreSettings settings,
      Optional<DiskCacheSettings> diskCache,
      SegmentStoreListener listener) {
    Objects.requireNonNull(objects, "objects");
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
    DiskChunkCache disk;
    try {
      disk = diskCache.map(d -> DiskChunkCache.open(d.directory(), d.maxBytes())).orElse(null);
    } catch (RuntimeException e) {
      objects.close(); // the segment store owns it, and there will be none
      throw e;
    }
    return new DefaultSegmentStore(
        new Requests(objects, listener), settings, disk, listener, workers);
  }
}
