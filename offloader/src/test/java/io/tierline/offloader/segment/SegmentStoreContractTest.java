package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStoreContractTest;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.segment.format.ManifestCodec;
import io.tierline.offloader.segment.format.SegmentManifest;
import io.tierline.offloader.testing.RandomData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link SegmentStore}, run over every backend's {@link
 * io.tierline.offloader.ObjectStore} (the object-level contract comes with it).
 */
public abstract class SegmentStoreContractTest extends ObjectStoreContractTest {
  private static final int CHUNK = SegmentStoreSettings.DEFAULT_CHUNK_SIZE_BYTES;
  private static final int SMALL_CHUNK = 64 << 10;

  @TempDir protected Path local;

  protected SegmentStoreSettings settings() {
    return SegmentStoreSettings.defaults().withKeyPrefix(prefix);
  }

  /** A segment store over a new object store of the backend under test. */
  protected SegmentStore segmentStore(SegmentStoreSettings settings, SegmentStoreListener listener)
      throws Exception {
    return SegmentStores.create(newObjectStore(), settings, listener);
  }

  protected static SegmentCoordinates segment(long baseOffset) {
    return new SegmentCoordinates("orders", "Xy3kQ9", 3, baseOffset, UUID.randomUUID().toString());
  }

  protected SegmentSource source(Path log) throws IOException {
    Path offsets =
        Files.write(local.resolve(log.getFileName() + ".index"), RandomData.bytes(4000, 1));
    Path times =
        Files.write(local.resolve(log.getFileName() + ".timeindex"), RandomData.bytes(1200, 2));
    return new SegmentSource(
        log,
        Map.of(
            IndexType.OFFSET, IndexSource.file(offsets),
            IndexType.TIMESTAMP, IndexSource.file(times),
            IndexType.LEADER_EPOCH, IndexSource.bytes(ByteBuffer.wrap(new byte[] {9, 8, 7}))));
  }

  @ParameterizedTest(name = "{0} bytes, {1}")
  @CsvSource({
    "0, NONE", "1, NONE", "4194303, NONE", "4194305, NONE",
    "0, ZSTD", "1, ZSTD", "4194303, ZSTD", "4194305, ZSTD"
  })
  void upload_thenOpenLog_roundTrips(int size, Compression compression) throws Exception {
    Path log = local.resolve("segment.log");
    RandomData.Digest written = RandomData.write(log, size, size);
    SegmentCoordinates seg = segment(42);
    try (SegmentStore segments =
        segmentStore(settings().withCompression(compression), SegmentStoreListener.NOOP)) {
      SegmentManifest manifest = segments.upload(seg, source(log));
      assertThat(manifest.originalSize()).isEqualTo(size);
      assertThat(manifest.chunks()).hasSize((size + CHUNK - 1) / CHUNK);
      try (InputStream in = segments.openLog(seg, 0)) {
        assertThat(RandomData.digest(in)).isEqualTo(written);
      }
      try (InputStream in = segments.openIndex(seg, IndexType.OFFSET)) {
        assertThat(in.readAllBytes()).isEqualTo(RandomData.bytes(4000, 1));
      }
      try (InputStream in = segments.openIndex(seg, IndexType.LEADER_EPOCH)) {
        assertThat(in.readAllBytes()).containsExactly(9, 8, 7);
      }
    }
    try (SegmentStore fresh = segmentStore(settings(), SegmentStoreListener.NOOP);
        InputStream in = fresh.openLog(seg, 0)) {
      assertThat(RandomData.digest(in))
          .as("read through a store with empty caches")
          .isEqualTo(written);
    }
  }

  /** The large case runs once per backend: it is what proves streaming in bounded memory. */
  @Test
  void upload_300MiB_roundTripsByDigest() throws Exception {
    long size = 300L << 20;
    Path log = local.resolve("big.log");
    RandomData.Digest written = RandomData.write(log, size, 300);
    SegmentCoordinates seg = segment(1_000_000);
    try (SegmentStore segments = segmentStore(settings(), SegmentStoreListener.NOOP)) {
      segments.upload(seg, source(log));
      Files.delete(log);
      try (InputStream in = segments.openLog(seg, 0)) {
        assertThat(RandomData.digest(in)).isEqualTo(written);
      }
      segments.delete(seg);
    }
  }

  @Test
  void openLog_everyKindOfRange_returnsExactlyThoseBytes() throws Exception {
    int size = SMALL_CHUNK * 3 + 1000;
    byte[] data = RandomData.bytes(size, 11);
    Path log = Files.write(local.resolve("ranges.log"), data);
    int last = size - 1;
    long[][] ranges = {
      {0, 0},
      {0, last},
      {last, last},
      {SMALL_CHUNK - 1, SMALL_CHUNK},
      {SMALL_CHUNK, SMALL_CHUNK * 2 - 1},
      {100, SMALL_CHUNK * 3 + 10},
      {5, 5},
      {SMALL_CHUNK * 3, last},
      {17, last + 5000},
      {12, Long.MAX_VALUE}
    };
    for (Compression compression : Compression.values()) {
      try (SegmentStore segments =
          segmentStore(
              settings().withChunkSizeBytes(SMALL_CHUNK).withCompression(compression),
              SegmentStoreListener.NOOP)) {
        SegmentCoordinates s = segment(7);
        segments.upload(s, source(log));
        for (long[] r : ranges) {
          byte[] expected = Arrays.copyOfRange(data, (int) r[0], (int) Math.min(r[1], last) + 1);
          try (InputStream in = segments.openLog(s, r[0], r[1])) {
            assertThat(in.readAllBytes())
                .as("%s [%d, %d]", compression, r[0], r[1])
                .isEqualTo(expected);
          }
        }
        try (InputStream in = segments.openLog(s, 10)) {
          assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(data, 10, size));
        }
        try (InputStream in = segments.openLog(s, size)) {
          assertThat(in.read()).as("a stream starting at the end is empty").isEqualTo(-1);
        }
        try (InputStream in = segments.openLog(s, 3)) {
          assertThat(in.skip(SMALL_CHUNK * 2L)).isEqualTo(SMALL_CHUNK * 2L);
          assertThat(in.read()).isEqualTo(data[3 + SMALL_CHUNK * 2] & 0xff);
        }
        assertThatThrownBy(() -> segments.openLog(s, size + 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> segments.openLog(s, 10, 9))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  void openLog_fetchesNothingUntilRead_andServesRepeatsFromTheCache() throws Exception {
    Path log = Files.write(local.resolve("lazy.log"), RandomData.bytes(SMALL_CHUNK * 4, 5));
    SegmentCoordinates seg = segment(9);
    try (SegmentStore writer =
        segmentStore(settings().withChunkSizeBytes(SMALL_CHUNK), SegmentStoreListener.NOOP)) {
      writer.upload(seg, source(log));
    }
    CountingListener events = new CountingListener();
    try (SegmentStore segments = segmentStore(settings().withPrefetchChunks(0), events)) {
      InputStream in = segments.openLog(seg, SMALL_CHUNK + 1);
      assertThat(events.gets.get()).as("only the manifest is fetched on open").isEqualTo(1);
      in.read();
      assertThat(events.gets.get()).isEqualTo(2);
      in.close();
      try (InputStream again = segments.openLog(seg, SMALL_CHUNK, SMALL_CHUNK * 2 - 1)) {
        again.readAllBytes();
      }
      assertThat(events.gets.get()).as("a cached chunk is not fetched again").isEqualTo(2);
      assertThat(events.hits.get()).isEqualTo(1);
    }
  }

  @Test
  void openLog_withPrefetch_readsAheadWithoutBeingAsked() throws Exception {
    Path log = Files.write(local.resolve("ahead.log"), RandomData.bytes(SMALL_CHUNK * 4, 6));
    SegmentCoordinates seg = segment(10);
    CountingListener events = new CountingListener();
    try (SegmentStore segments =
        segmentStore(settings().withChunkSizeBytes(SMALL_CHUNK).withPrefetchChunks(2), events)) {
      segments.upload(seg, source(log));
      try (InputStream in = segments.openLog(seg, 0)) {
        in.read();
      }
      assertThat(events.misses.get()).as("the chunk read plus two prefetched").isEqualTo(3);
      assertThat(events.gets.get()).as("adjacent chunks come in one GET").isEqualTo(1);
    }
  }

  /**
   * The broker reads a segment as a series of short streams, one per consumer fetch, each opened
   * where the last stopped. Chunks prefetched by one stream must serve the next, even through a
   * cache too small to keep them: every chunk is fetched once.
   */
  @Test
  void scanByShortStreams_fetchesEveryChunkOnce_throughATinyCache() throws Exception {
    int chunks = 64;
    byte[] data = RandomData.bytes(SMALL_CHUNK * chunks, 8);
    Path log = Files.write(local.resolve("scan.log"), data);
    SegmentCoordinates seg = segment(11);
    CountingListener events = new CountingListener();
    SegmentStoreSettings settings =
        settings()
            .withChunkSizeBytes(SMALL_CHUNK)
            .withCacheMaxBytes(2L * SMALL_CHUNK)
            .withPrefetchChunks(8);
    try (SegmentStore segments = segmentStore(settings, events)) {
      segments.upload(seg, source(log));
      long fetchedBefore = events.bytesFetched.get();
      int fetchSize = SMALL_CHUNK * 3 + 12_345;
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      for (long position = 0; position < data.length; position += fetchSize) {
        try (InputStream in = segments.openLog(seg, position)) {
          read.write(in.readNBytes(fetchSize));
        }
      }
      assertThat(read.toByteArray()).isEqualTo(data);
      assertThat(events.bytesFetched.get() - fetchedBefore)
          .as("the log's bytes once, plus the manifest")
          .isBetween((long) data.length, (long) data.length + SMALL_CHUNK);
    }
  }

  /**
   * A consumer catching up on several partitions: the broker reads several segments at once, each
   * as a series of short streams. Their prefetches together need more room than the read-ahead
   * buffer has; those that find none wait for it, rather than push out chunks that another reader
   * is about to read. Every chunk is fetched once, but for a few: a reader that finds the buffer
   * full fetches the chunk it needs now without a reservation, keeps it only while there is room,
   * and may find it gone when its next stream starts in it. How many depends on timing: one or two
   * were measured. (A buffer that let the least recently used chunk out first, whatever it was,
   * fetched these logs 3.1 times over.)
   */
  @Test
  void
      interleavedScansOfThreeSegments_throughAReadAheadBufferForTwo_fetchAtMostAChunkPerReaderTwice()
          throws Exception {
    int readers = 3;
    int chunksEach = 8;
    int prefetch = 4;
    SegmentStoreSettings settings =
        settings()
            .withCacheMaxBytes(0)
            .withPrefetchChunks(prefetch)
            .withReadAheadMaxBytes(2L * (prefetch + 1) * CHUNK);
    CountingListener events = new CountingListener();
    try (SegmentStore segments = segmentStore(settings, events)) {
      List<SegmentCoordinates> segs = new ArrayList<>();
      List<byte[]> data = new ArrayList<>();
      for (int r = 0; r < readers; r++) {
        data.add(RandomData.bytes(CHUNK * chunksEach, 20 + r));
        segs.add(segment(1000L * (r + 1)));
        segments.upload(
            segs.get(r), source(Files.write(local.resolve("scan-" + r + ".log"), data.get(r))));
      }
      long fetchedBefore = events.bytesFetched.get();
      int fetchSize = CHUNK + 12_345;
      List<ByteArrayOutputStream> read = new ArrayList<>();
      long[] positions = new long[readers];
      for (int r = 0; r < readers; r++) {
        read.add(new ByteArrayOutputStream());
      }
      for (boolean more = true; more; ) {
        more = false;
        for (int r = 0; r < readers; r++) {
          if (positions[r] < data.get(r).length) {
            try (InputStream in = segments.openLog(segs.get(r), positions[r])) {
              byte[] bytes = in.readNBytes(fetchSize);
              read.get(r).write(bytes);
              positions[r] += bytes.length;
            }
            more = true;
          }
        }
      }
      for (int r = 0; r < readers; r++) {
        assertThat(read.get(r).toByteArray()).as("reader " + r).isEqualTo(data.get(r));
      }
      long logBytes = (long) readers * chunksEach * CHUNK;
      assertThat(events.bytesFetched.get() - fetchedBefore)
          .as("every log's bytes once, and no more than one chunk per reader twice")
          .isBetween(logBytes, logBytes + (long) readers * CHUNK);
      assertThat(events.refused).as("prefetches held back for room").hasPositiveValue();
    }
  }

  @Test
  void openIndex_everyIndexOfASegment_comesFromOneGet() throws Exception {
    Path log = Files.write(local.resolve("indexed.log"), RandomData.bytes(1000, 12));
    SegmentCoordinates seg = segment(12);
    SegmentSource source = source(log);
    try (SegmentStore writer = segmentStore(settings(), SegmentStoreListener.NOOP)) {
      writer.upload(seg, source);
    }
    CountingListener events = new CountingListener();
    try (SegmentStore segments = segmentStore(settings(), events)) {
      for (IndexType type :
          List.of(IndexType.OFFSET, IndexType.TIMESTAMP, IndexType.LEADER_EPOCH)) {
        try (InputStream in = segments.openIndex(seg, type)) {
          assertThat(in.readAllBytes()).as(type.name()).isEqualTo(indexBytes(source, type));
        }
      }
      assertThat(events.gets.get()).as("the manifest, then all indexes at once").isEqualTo(2);
    }
  }

  /**
   * A reader near the end of a segment, told where the next one starts, finds that one with a LIST
   * and fetches its manifest, indexes and first chunks ahead: the broker opens the next segment
   * only once it has read this one to the end.
   */
  @Test
  void nearTheEndOfASegment_theStartOfTheNextIsFetchedAhead() throws Exception {
    assumeTrue(store instanceof SupportsListing, "finding the next segment needs listing");
    byte[] first = RandomData.bytes(SMALL_CHUNK * 4, 13);
    byte[] second = RandomData.bytes(SMALL_CHUNK * 4, 14);
    SegmentCoordinates one = segment(0);
    SegmentCoordinates two = segment(4000);
    SegmentStoreSettings settings =
        settings().withChunkSizeBytes(SMALL_CHUNK).withPrefetchChunks(2);
    try (SegmentStore writer = segmentStore(settings, SegmentStoreListener.NOOP)) {
      writer.upload(one, source(Files.write(local.resolve("one.log"), first)));
      writer.upload(two, source(Files.write(local.resolve("two.log"), second)));
    }
    CountingListener events = new CountingListener();
    try (SegmentStore segments = segmentStore(settings, events)) {
      try (InputStream in = segments.openLog(one, SMALL_CHUNK * 2L, Long.MAX_VALUE, 4000)) {
        assertThat(in.readAllBytes())
            .isEqualTo(Arrays.copyOfRange(first, SMALL_CHUNK * 2, first.length));
      }
      // One manifest and one run of the first segment, then the second's manifest, indexes and
      // first run: five GETs, in the background.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (events.gets.get() < 5 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(events.lists.get()).as("one LIST finds the next segment").isEqualTo(1);
      assertThat(events.gets.get()).isEqualTo(5);

      try (InputStream in = segments.openLog(two, 0, SMALL_CHUNK * 3L - 1);
          InputStream offsets = segments.openIndex(two, IndexType.OFFSET)) {
        assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOf(second, SMALL_CHUNK * 3));
        assertThat(offsets.readAllBytes()).hasSize(4000);
      }
      assertThat(events.gets.get()).as("the next segment's start was already there").isEqualTo(5);
    }
  }

  @Test
  void aHintOfANextSegmentThatDoesNotExist_changesNothingForTheReader() throws Exception {
    byte[] data = RandomData.bytes(SMALL_CHUNK * 3, 15);
    SegmentCoordinates seg = segment(0);
    SegmentStoreSettings settings =
        settings().withChunkSizeBytes(SMALL_CHUNK).withPrefetchChunks(2);
    try (SegmentStore segments = segmentStore(settings, SegmentStoreListener.NOOP)) {
      segments.upload(seg, source(Files.write(local.resolve("alone.log"), data)));
      for (int i = 0; i < 3; i++) {
        try (InputStream in = segments.openLog(seg, SMALL_CHUNK, Long.MAX_VALUE, 777)) {
          assertThat(in.readAllBytes())
              .isEqualTo(Arrays.copyOfRange(data, SMALL_CHUNK, data.length));
        }
      }
    }
  }

  private static byte[] indexBytes(SegmentSource source, IndexType type) throws IOException {
    if (source.indexes().get(type) instanceof IndexSource.FileIndex file) {
      return Files.readAllBytes(file.path());
    }
    ByteBuffer buffer = ((IndexSource.BufferIndex) source.indexes().get(type)).buffer().duplicate();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  @Test
  void openIndex_absentIndex_isNotFound() throws Exception {
    Path log = Files.write(local.resolve("idx.log"), new byte[] {1, 2, 3});
    SegmentCoordinates seg = segment(1);
    try (SegmentStore segments = segmentStore(settings(), SegmentStoreListener.NOOP)) {
      segments.upload(seg, source(log));
      assertThatThrownBy(() -> segments.openIndex(seg, IndexType.TRANSACTION))
          .isInstanceOf(ObjectNotFoundException.class)
          .hasMessageContaining("TRANSACTION");
    }
  }

  @Test
  void missingSegment_isNotFound() throws Exception {
    SegmentCoordinates seg = segment(404);
    try (SegmentStore segments = segmentStore(settings(), SegmentStoreListener.NOOP)) {
      assertThatThrownBy(() -> segments.openLog(seg, 0))
          .isInstanceOf(ObjectNotFoundException.class);
      assertThatThrownBy(() -> segments.openIndex(seg, IndexType.OFFSET))
          .isInstanceOf(ObjectNotFoundException.class);
      segments.delete(seg);
    }
  }

  @Test
  void delete_removesEveryObject_andIsIdempotent() throws Exception {
    Path log = Files.write(local.resolve("del.log"), RandomData.bytes(1000, 3));
    SegmentCoordinates seg = segment(5);
    try (SegmentStore segments = segmentStore(settings(), SegmentStoreListener.NOOP)) {
      segments.upload(seg, source(log));
      assertThat(list(prefix)).hasSize(3);
      segments.delete(seg);
      segments.delete(seg);
      assertThat(list(prefix)).isEmpty();
      assertThatThrownBy(() -> segments.openLog(seg, 0))
          .isInstanceOf(ObjectNotFoundException.class);
    }
  }

  /** Every backend records the class, whether or not it has classes to store objects in. */
  @ParameterizedTest
  @EnumSource(StorageClass.class)
  void upload_inAStorageClass_recordsItInTheStoredManifest(StorageClass storageClass)
      throws Exception {
    Path log = Files.write(local.resolve("class.log"), RandomData.bytes(1000, 5));
    SegmentCoordinates seg = segment(7);
    try (SegmentStore segments = segmentStore(settings(), SegmentStoreListener.NOOP)) {
      assertThat(segments.upload(seg, source(log), storageClass).storageClass())
          .isEqualTo(storageClass);
      ObjectKey manifest =
          list(prefix).stream().filter(k -> k.value().endsWith(".manifest")).findFirst().get();
      try (InputStream in = store.fetch(manifest)) {
        assertThat(ManifestCodec.decode(manifest, in.readAllBytes()).storageClass())
            .isEqualTo(storageClass);
      }
      try (InputStream in = segments.openLog(seg, 0)) {
        assertThat(in.readAllBytes()).isEqualTo(RandomData.bytes(1000, 5));
      }
      segments.delete(seg);
    }
  }

  @Test
  void upload_failingAfterTheLog_leavesNothingBehind() throws Exception {
    Path log = Files.write(local.resolve("half.log"), RandomData.bytes(10_000, 4));
    SegmentSource source =
        new SegmentSource(
            log, Map.of(IndexType.OFFSET, IndexSource.file(local.resolve("no-such.index"))));
    SegmentCoordinates seg = segment(6);
    try (SegmentStore segments = segmentStore(settings(), SegmentStoreListener.NOOP)) {
      assertThatThrownBy(() -> segments.upload(seg, source))
          .isInstanceOf(ObjectStoreException.class)
          .hasMessageContaining("OFFSET");
      assertThat(list(prefix)).isEmpty();
      assertThatThrownBy(() -> segments.openLog(seg, 0))
          .isInstanceOf(ObjectNotFoundException.class);
    }
  }

  @Test
  void openLog_flippedByteInAChunk_failsNamingTheObject_everyTime() throws Exception {
    byte[] data = RandomData.bytes(SMALL_CHUNK * 2, 8);
    Path log = Files.write(local.resolve("flip.log"), data);
    SegmentCoordinates seg = segment(77);
    try (SegmentStore segments =
        segmentStore(settings().withChunkSizeBytes(SMALL_CHUNK), SegmentStoreListener.NOOP)) {
      segments.upload(seg, source(log));
    }
    ObjectKey logKey =
        list(prefix).stream().filter(k -> k.value().endsWith(".log")).findFirst().orElseThrow();
    byte[] stored;
    try (InputStream in = store.fetch(logKey)) {
      stored = in.readAllBytes();
    }
    stored[SMALL_CHUNK + 100] ^= 0x01;
    store.upload(logKey, new ByteArrayInputStream(stored));

    try (SegmentStore segments = segmentStore(settings(), SegmentStoreListener.NOOP)) {
      try (InputStream in = segments.openLog(seg, 0)) {
        assertThat(in.readNBytes(SMALL_CHUNK))
            .as("the intact chunk fetched in the same GET")
            .isEqualTo(Arrays.copyOf(data, SMALL_CHUNK));
        assertThatThrownBy(in::read).isInstanceOf(CorruptedDataException.class);
      }
      try (InputStream in = segments.openLog(seg, 0, SMALL_CHUNK - 1)) {
        assertThat(in.readAllBytes())
            .as("the intact chunk still reads")
            .isEqualTo(Arrays.copyOf(data, SMALL_CHUNK));
      }
      for (int attempt = 0; attempt < 2; attempt++) {
        byte[] received = new byte[SMALL_CHUNK];
        try (InputStream in = segments.openLog(seg, SMALL_CHUNK)) {
          assertThatThrownBy(() -> in.readNBytes(received, 0, received.length))
              .isInstanceOf(CorruptedDataException.class)
              .hasMessageContaining(logKey.value())
              .hasMessageContaining("chunk 1");
        }
        assertThat(received).as("no byte of the corrupted chunk is handed out").containsOnly(0);
      }
    }
  }

  @Test
  void eightThreads_uploadingAndReadingAtOnce_allSeeTheirBytes() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (SegmentStore segments =
        segmentStore(
            settings()
                .withChunkSizeBytes(SMALL_CHUNK)
                .withCompression(Compression.ZSTD)
                .withCacheMaxBytes(1 << 20),
            SegmentStoreListener.NOOP)) {
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 3; round++) {
                    int size = SMALL_CHUNK * (1 + id % 4) + id * 997 + round;
                    byte[] data = RandomData.bytes(size, id * 100 + round);
                    Path log = Files.write(local.resolve("c-" + id + "-" + round + ".log"), data);
                    SegmentCoordinates seg = segment(id * 1000L + round);
                    segments.upload(seg, source(log));
                    try (InputStream in = segments.openLog(seg, 0)) {
                      assertThat(in.readAllBytes()).isEqualTo(data);
                    }
                    int from = size / 3;
                    try (InputStream in = segments.openLog(seg, from, from + SMALL_CHUNK)) {
                      assertThat(in.readAllBytes())
                          .isEqualTo(
                              Arrays.copyOfRange(
                                  data, from, Math.min(size, from + SMALL_CHUNK + 1)));
                    }
                    if (round == 1) {
                      segments.delete(seg);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : results) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(list(prefix)).hasSize(8 * 2 * 3);
  }

  /** Counts what the listener hears. */
  static final class CountingListener implements SegmentStoreListener {
    final AtomicInteger gets = new AtomicInteger();
    final AtomicInteger hits = new AtomicInteger();
    final AtomicInteger misses = new AtomicInteger();
    final AtomicLong bytesFetched = new AtomicLong();
    final AtomicInteger lists = new AtomicInteger();
    final AtomicInteger listErrors = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    @Override
    public void onBytesFetched(SegmentCoordinates segment, long bytes) {
      bytesFetched.addAndGet(bytes);
    }

    @Override
    public void onRequest(SegmentCoordinates segment, RequestType type, Duration latency) {
      if (type == RequestType.GET) {
        gets.incrementAndGet();
      } else if (type == RequestType.LIST) {
        lists.incrementAndGet();
      }
    }

    @Override
    public void onError(
        SegmentCoordinates segment, RequestType type, Class<? extends Throwable> error) {
      if (type == RequestType.LIST) {
        listErrors.incrementAndGet();
      }
    }

    @Override
    public void onCacheHit(SegmentCoordinates segment) {
      hits.incrementAndGet();
    }

    @Override
    public void onCacheMiss(SegmentCoordinates segment) {
      misses.incrementAndGet();
    }

    @Override
    public void onPrefetchRefused(SegmentCoordinates segment) {
      refused.incrementAndGet();
    }
  }
}
