package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over a store that cannot list, reads work the same, without read-ahead into the next segment. */
class StoreWithoutListingTest {
  private static final int CHUNK = 64 << 10;

  @TempDir Path dir;

  @Test
  void readsNearTheEnd_readEverySegment_andNeverList() throws Exception {
    ForwardingObjectStore objects =
        new ForwardingObjectStore(
            FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("store"))));
    assertThat(objects).isNotInstanceOf(SupportsListing.class);
    byte[] first = RandomData.bytes(CHUNK * 4, 31);
    byte[] second = RandomData.bytes(CHUNK * 4, 32);
    SegmentCoordinates one = new SegmentCoordinates("t", "id", 0, 0, "one");
    SegmentCoordinates two = new SegmentCoordinates("t", "id", 0, 100, "two");
    CountingListener events = new CountingListener();
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try (SegmentStore segments = ListRefusedTest.segmentStore(objects, events, worker)) {
      segments.upload(one, new SegmentSource(Files.write(dir.resolve("one.log"), first), Map.of()));
      segments.upload(
          two, new SegmentSource(Files.write(dir.resolve("two.log"), second), Map.of()));
      int getsBefore = events.gets.get();
      try (InputStream in = segments.openLog(one, CHUNK * 2L, Long.MAX_VALUE, 100)) {
        assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(first, CHUNK * 2, first.length));
      }
      ListRefusedTest.drain(worker);
      assertThat(events.gets.get() - getsBefore)
          .as("one GET of the last run; nothing of the next")
          .isEqualTo(1);

      try (InputStream in = segments.openLog(two, 0)) {
        assertThat(in.readAllBytes()).isEqualTo(second);
      }
    }
    assertThat(events.lists.get()).as("LIST requests").isZero();
  }
}
