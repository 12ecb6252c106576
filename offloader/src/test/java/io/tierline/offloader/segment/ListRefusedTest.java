package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.segment.SegmentStoreContractTest.CountingListener;
import io.tierline.offloader.testing.ForwardingObjectStore;
import io.tierline.offloader.testing.RandomData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read-ahead into the next segment needs a LIST. A store that can list but refuses to, as S3 does
 * for credentials without s3:ListBucket, is asked once, and still serves reads.
 */
class ListRefusedTest {
  private static final int CHUNK = 64 << 10;

  @TempDir Path dir;

  /** A filesystem store whose LIST fails as S3 does for credentials without s3:ListBucket. */
  private static final class RefusingList extends ForwardingObjectStore implements SupportsListing {
    final AtomicInteger lists = new AtomicInteger();

    RefusingList(ObjectStore objects) {
      super(objects);
    }

    @Override
    public List<StoredObject> listObjects(String prefix) {
      lists.incrementAndGet();
      throw new ObjectStoreException("LIST " + prefix + ": Access Denied (403)");
    }
  }

  static void readNearTheEnd(SegmentStore segments, long base, Path log, byte[] data)
      throws Exception {
    SegmentCoordinates segment = new SegmentCoordinates("t", "id", 0, base, "s" + base);
    segments.upload(segment, new SegmentSource(log, Map.of()));
    for (int read = 0; read < 3; read++) {
      try (InputStream in = segments.openLog(segment, CHUNK * 2L, Long.MAX_VALUE, base + 100)) {
        assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(data, CHUNK * 2, data.length));
      }
    }
  }

  /**
   * A segment store whose background work runs on one thread, so that {@link #drain} can wait for
   * the work that reads have started: the LIST for a next segment, and what it fetches.
   */
  static SegmentStore segmentStore(
      ObjectStore objects, SegmentStoreListener listener, ExecutorService worker) {
    SegmentStoreSettings settings =
        SegmentStoreSettings.defaults().withChunkSizeBytes(CHUNK).withPrefetchChunks(2);
    return new DefaultSegmentStore(new Requests(objects, listener), settings, listener, worker);
  }

  /** Waits until the worker has done what it was given so far. */
  static void drain(ExecutorService worker) throws Exception {
    worker.submit(() -> {}).get();
  }

  @Test
  void aRefusedList_isTriedOnce_andReadsGoOn() throws Exception {
    RefusingList objects =
        new RefusingList(
            FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("store"))));
    byte[] data = RandomData.bytes(CHUNK * 4, 21);
    Path log = Files.write(dir.resolve("one.log"), data);
    CountingListener events = new CountingListener();
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try (SegmentStore segments = segmentStore(objects, events, worker)) {
      readNearTheEnd(segments, 0, log, data);
      drain(worker);
      assertThat(objects.lists.get()).isEqualTo(1);
      for (long base : List.of(100L, 200L, 300L)) {
        readNearTheEnd(segments, base, log, data);
        drain(worker);
      }
    }
    assertThat(objects.lists.get())
        .as("LISTs asked of a store that refused the first")
        .isEqualTo(1);
    assertThat(events.listErrors.get()).as("refusals the listener counted").isEqualTo(1);
  }
}
