package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.ByteRange;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.testing.RandomData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-ahead into the next segment needs a LIST; a store that refuses it still serves reads. */
class ListRefusedTest {
  private static final int CHUNK = 64 << 10;

  @TempDir Path dir;

  /** A filesystem store whose LIST fails as S3 does for credentials without s3:ListBucket. */
  private static ObjectStore refusingList(ObjectStore objects, AtomicInteger lists) {
    return new ObjectStore() {
      @Override
      public long upload(ObjectKey key, InputStream data) {
        return objects.upload(key, data);
      }

      @Override
      public InputStream fetch(ObjectKey key, ByteRange range) {
        return objects.fetch(key, range);
      }

      @Override
      public InputStream fetch(ObjectKey key) {
        return objects.fetch(key);
      }

      @Override
      public void delete(ObjectKey key) {
        objects.delete(key);
      }

      @Override
      public List<ObjectKey> list(String prefix) {
        lists.incrementAndGet();
        throw new ObjectStoreException("LIST " + prefix + ": Access Denied (403)");
      }

      @Override
      public void close() {
        objects.close();
      }
    };
  }

  private static void readNearTheEnd(SegmentStore segments, long base, Path log, byte[] data)
      throws Exception {
    SegmentCoordinates segment = new SegmentCoordinates("t", "id", 0, base, "s" + base);
    segments.upload(segment, new SegmentSource(log, Map.of()));
    for (int read = 0; read < 3; read++) {
      try (InputStream in = segments.openLog(segment, CHUNK * 2L, Long.MAX_VALUE, base + 100)) {
        assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(data, CHUNK * 2, data.length));
      }
    }
  }

  @Test
  void aRefusedList_isTriedOnce_andReadsGoOn() throws Exception {
    AtomicInteger lists = new AtomicInteger();
    ObjectStore objects = refusingList(
        FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("store"))), lists);
    byte[] data = RandomData.bytes(CHUNK * 4, 21);
    Path log = Files.write(dir.resolve("one.log"), data);
    SegmentStoreSettings settings = SegmentStoreSettings.defaults().withChunkSizeBytes(CHUNK)
        .withPrefetchChunks(2);
    try (SegmentStore segments = SegmentStores.create(objects, settings)) {
      readNearTheEnd(segments, 0, log, data);
      // The LIST runs in the background: wait until the store has seen it refused.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!((DefaultSegmentStore) segments).listRefused() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(lists.get()).isEqualTo(1);
      for (long base : List.of(100L, 200L, 300L)) {
        readNearTheEnd(segments, base, log, data);
      }
    }
    assertThat(lists.get()).as("LISTs asked of a store that refused the first").isEqualTo(1);
  }
}
