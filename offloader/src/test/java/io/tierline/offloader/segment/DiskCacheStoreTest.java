package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.segment.SegmentStoreContractTest.CountingListener;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.testing.RandomData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk tier below the memory cache: a working set larger than the memory cache is read again
 * from local disk, and a damaged copy on disk is fetched from the bucket again.
 */
class DiskCacheStoreTest {
  private static final int CHUNK = 64 << 10;
  private static final int CHUNKS = 32;

  @TempDir Path dir;

  @Test
  void aSecondPass_overAWorkingSetLargerThanMemory_makesNoGet() throws Exception {
    byte[] data = RandomData.bytes(CHUNK * CHUNKS, 7);
    CountingListener events = new CountingListener();
    try (SegmentStore segments = store(events)) {
      SegmentCoordinates segment = upload(segments, data);
      assertThat(readAll(segments, segment)).isEqualTo(data);
      int firstPass = events.gets.get();
      assertThat(readAll(segments, segment)).isEqualTo(data);
      assertThat(events.gets.get() - firstPass).as("GETs in the second pass").isZero();
    }
  }

  @Test
  void aDamagedChunkOnDisk_isFetchedAgain_andTheReadIsRight() throws Exception {
    byte[] data = RandomData.bytes(CHUNK * CHUNKS, 8);
    CountingListener events = new CountingListener();
    try (SegmentStore segments = store(events)) {
      SegmentCoordinates segment = upload(segments, data);
      readAll(segments, segment);
      Path copy = cachedChunks().get(5);
      byte[] damaged = Files.readAllBytes(copy);
      damaged[damaged.length / 2] ^= 0x40;
      Files.write(copy, damaged);
      int before = events.gets.get();

      assertThat(readAll(segments, segment)).isEqualTo(data);
      assertThat(events.gets.get() - before).as("one GET, for the damaged chunk").isEqualTo(1);
    }
  }

  private SegmentStore store(CountingListener events) {
    SegmentStoreSettings settings =
        SegmentStoreSettings.defaults()
            .withChunkSizeBytes(CHUNK)
            .withCompression(Compression.ZSTD)
            .withCacheMaxBytes(CHUNK * 4L)
            .withReadAheadMaxBytes(0)
            .withPrefetchChunks(0);
    return SegmentStores.create(
        FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("bucket"))),
        settings,
        Optional.of(new DiskCacheSettings(dir.resolve("disk-cache"), CHUNK * (CHUNKS + 4L))),
        events);
  }

  private SegmentCoordinates upload(SegmentStore segments, byte[] data) throws IOException {
    SegmentCoordinates segment = new SegmentCoordinates("t", "id", 0, 0, "s");
    Path log = Files.write(dir.resolve("segment.log"), data);
    segments.upload(segment, new SegmentSource(log, Map.of()));
    return segment;
  }

  private static byte[] readAll(SegmentStore segments, SegmentCoordinates segment)
      throws IOException {
    try (InputStream in = segments.openLog(segment, 0, Long.MAX_VALUE)) {
      return in.readAllBytes();
    }
  }

  private List<Path> cachedChunks() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("disk-cache"))) {
      return files.sorted().toList();
    }
  }
}
