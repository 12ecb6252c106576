package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tierline.offloader.ByteRange;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.segment.crypt.KeyRing;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.segment.format.RawManifest;
import io.tierline.offloader.testing.ForwardingObjectStore;
import io.tierline.offloader.testing.RandomData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a bucket holds under a segment's keys, reading it fails with a documented exception or
 * returns bytes, promptly, and sizes no buffer past the configured caps. The cases: random bytes as
 * a manifest; valid manifests with bytes changed, cut or lengthened, their checksum recomputed;
 * manifests whose every length field is forged (to zero, one, negative, huge, one off) with a valid
 * checksum, with and without the totals made to add up; and valid manifests over log and index
 * objects that were damaged. Each case runs under a deadline, so a reader that loops fails the case
 * instead of hanging the build.
 */
class StoredBytesFuzzTest {
  private static final long SEED = 20261205L;
  private static final int CHUNK = 1024;
  private static final int LOG_BYTES = 5 * CHUNK + 300;
  private static final long MAX_INDEX_BYTES = 16 << 10;

  /** Far above any legitimate request here (a run of three chunks, an index object of 1 KiB). */
  private static final long MAX_REQUEST_BYTES = 64 << 10;

  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final long[] INTS = {
    0, 1, -1, 2, Integer.MAX_VALUE, Integer.MIN_VALUE, 1536L << 20, CHUNK - 1, CHUNK + 1, 64 << 20
  };
  private static final long[] LONGS = {
    0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1536L << 20, Integer.MAX_VALUE, LOG_BYTES - 1
  };

  @TempDir Path dir;
  private ObjectStore raw;
  private SegmentStore segments;
  private final AtomicLong largestRequest = new AtomicLong();
  private final Map<Compression, byte[][]> valid = new EnumMap<>(Compression.class);
  private static final KeyRing RING =
      KeyRing.of(Map.of("fuzz", new byte[KeyRing.KEY_BYTES]), "fuzz");
  private byte[][] encrypted;
  private byte[] logBytes;
  private final Map<IndexType, byte[]> indexBytes = new EnumMap<>(IndexType.class);
  private final SegmentKeys keys = new SegmentKeys("", false);
  private final AtomicInteger cases = new AtomicInteger();
  private final AtomicInteger readable = new AtomicInteger();
  private final List<String> failures = new ArrayList<>();

  @BeforeEach
  void storeTwoSegments() throws IOException {
    raw = FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("bucket")));
    ObjectStore recording =
        new ForwardingObjectStore(raw) {
          @Override
          public InputStream fetch(ObjectKey key, ByteRange range) {
            largestRequest.accumulateAndGet(range.length(), Math::max);
            return super.fetch(key, range);
          }

          @Override
          public void close() {}
        };
    segments =
        SegmentStores.create(
            recording,
            SegmentStoreSettings.defaults()
                .withChunkSizeBytes(CHUNK)
                .withCacheMaxBytes(8 * CHUNK)
                .withReadAheadMaxBytes(16 * CHUNK)
                .withMaxIndexBytes(MAX_INDEX_BYTES),
            Optional.empty(),
            Optional.of(RING),
            SegmentStoreListener.NOOP);
    logBytes = compressible(LOG_BYTES);
    Path log = Files.write(dir.resolve("segment.log"), logBytes);
    int size = 0;
    for (IndexType type : IndexType.values()) {
      indexBytes.put(type, RandomData.bytes(3 + 97 * size++, type.ordinal()));
    }
    Map<IndexType, IndexSource> sources = new EnumMap<>(IndexType.class);
    indexBytes.forEach(
        (type, bytes) -> sources.put(type, IndexSource.bytes(ByteBuffer.wrap(bytes))));
    try (SegmentStore writer =
        SegmentStores.create(
            new ForwardingObjectStore(raw) {
              @Override
              public void close() {}
            },
            SegmentStoreSettings.defaults()
                .withChunkSizeBytes(CHUNK)
                .withCompression(Compression.ZSTD),
            Optional.empty(),
            Optional.of(RING),
            SegmentStoreListener.NOOP)) {
      SegmentCoordinates base = segment("base-encrypted");
      writer.upload(base, new SegmentSource(log, sources));
      encrypted =
          new byte[][] {read(keys.manifest(base)), read(keys.log(base)), read(keys.indexes(base))};
    }
    for (Compression compression : Compression.values()) {
      try (SegmentStore writer =
          SegmentStores.create(
              new ForwardingObjectStore(raw) {
                @Override
                public void close() {}
              },
              SegmentStoreSettings.defaults()
                  .withChunkSizeBytes(CHUNK)
                  .withCompression(compression))) {
        SegmentCoordinates base = segment("base-" + compression);
        writer.upload(base, new SegmentSource(log, sources));
        valid.put(
            compression,
            new byte[][] {
              read(keys.manifest(base)), read(keys.log(base)), read(keys.indexes(base))
            });
      }
    }
  }

  @AfterEach
  void close() {
    segments.close();
    raw.close();
  }

  @Test
  void storedBytes_failWithDocumentedExceptions_promptly_withinTheCaps() {
    Random random = new Random(SEED);
    for (Compression compression : Compression.values()) {
      byte[][] base = valid.get(compression);
      check("unchanged " + compression, base[0], base[1], base[2]);
      for (int i = 0; i < 150; i++) {
        check("random " + compression + " " + i, randomManifest(random, base[0]), base[1], base[2]);
      }
      for (int i = 0; i < 300; i++) {
        check("mutated " + compression + " " + i, mutate(random, base[0]), base[1], base[2]);
      }
      forgeLengths(compression, base);
      for (int i = 0; i < 60; i++) {
        check("damaged log " + compression + " " + i, base[0], mutate(random, base[1]), base[2]);
        check(
            "damaged indexes " + compression + " " + i, base[0], base[1], mutate(random, base[2]));
      }
    }
    // An encrypted segment (manifest version 2): the same, and GCM must not change the outcome.
    check("unchanged encrypted", encrypted[0], encrypted[1], encrypted[2]);
    for (int i = 0; i < 150; i++) {
      check(
          "random encrypted " + i,
          randomManifest(random, encrypted[0]),
          encrypted[1],
          encrypted[2]);
      check("mutated encrypted " + i, mutate(random, encrypted[0]), encrypted[1], encrypted[2]);
    }
    for (int i = 0; i < 60; i++) {
      check("damaged encrypted log " + i, encrypted[0], mutate(random, encrypted[1]), encrypted[2]);
    }
    assertThat(failures).isEmpty();
    assertThat(largestRequest.get()).isLessThanOrEqualTo(MAX_REQUEST_BYTES);
    assertThat(readable.get()).as("cases read back in full").isPositive().isLessThan(cases.get());
  }

  /** Every length field of the manifest set to each awkward value, with a valid checksum. */
  private void forgeLengths(Compression compression, byte[][] base) {
    List<Forgery> forgeries = new ArrayList<>();
    for (long v : INTS) {
      forgeries.add(new Forgery("chunkSize=" + v, m -> set(m, x -> x.chunkSize = (int) v)));
      for (int c = 0; c < 6; c++) {
        int chunk = c;
        forgeries.add(
            new Forgery(
                "chunk " + c + " original=" + v,
                m -> set(m, x -> x.chunks.get(chunk)[0] = (int) v)));
        forgeries.add(
            new Forgery(
                "chunk " + c + " stored=" + v, m -> set(m, x -> x.chunks.get(chunk)[1] = (int) v)));
      }
      forgeries.add(
          new Forgery(
              "last chunk stored shorter by " + v,
              m -> set(m, x -> x.chunks.get(x.chunks.size() - 1)[1] -= (int) v)));
    }
    for (long v : LONGS) {
      forgeries.add(new Forgery("originalSize=" + v, m -> set(m, x -> x.originalSize = v)));
      forgeries.add(new Forgery("storedSize=" + v, m -> set(m, x -> x.storedSize = v)));
      for (int i = 0; i < IndexType.values().length; i++) {
        int index = i;
        forgeries.add(
            new Forgery(
                "index " + i + " offset=" + v, m -> set(m, x -> x.indexes.get(index)[1] = v)));
        forgeries.add(
            new Forgery(
                "index " + i + " length=" + v, m -> set(m, x -> x.indexes.get(index)[2] = v)));
      }
    }
    forgeries.add(new Forgery("no chunks", m -> set(m, x -> x.chunks.clear())));
    forgeries.add(
        new Forgery("a chunk more", m -> set(m, x -> x.chunks.add(x.chunks.get(0).clone()))));
    forgeries.add(new Forgery("compression=7", m -> set(m, x -> x.compression = 7)));
    forgeries.add(
        new Forgery(
            "compression flipped",
            m -> set(m, x -> x.compression = compression == Compression.NONE ? 1 : 0)));
    for (Forgery forgery : forgeries) {
      for (boolean adjusted : new boolean[] {false, true}) {
        if (adjusted && forgery.name().equals("no chunks")) {
          continue; // a valid manifest of an empty segment: no lie that a reader could see
        }
        RawManifest m = RawManifest.parse(base[0]);
        forgery.change().apply(m);
        if (adjusted) {
          m.totalsFromChunks();
          if (forgery.name().contains("length")) {
            m.indexOffsetsFromLengths();
          }
        }
        String name =
            "forged " + compression + " " + forgery.name() + (adjusted ? " (adds up)" : "");
        check(name, m.encode(), base[1], base[2]);
      }
    }
  }

  private record Forgery(String name, UnaryOperator<RawManifest> change) {}

  private static RawManifest set(RawManifest m, java.util.function.Consumer<RawManifest> change) {
    change.accept(m);
    return m;
  }

  /** Stores the three objects as a new segment and reads it every way a broker does. */
  private void check(String name, byte[] manifest, byte[] log, byte[] indexes) {
    SegmentCoordinates segment = segment("case-" + cases.incrementAndGet());
    raw.upload(keys.manifest(segment), new ByteArrayInputStream(manifest));
    raw.upload(keys.log(segment), new ByteArrayInputStream(log));
    raw.upload(keys.indexes(segment), new ByteArrayInputStream(indexes));
    List<String> unexpected = new ArrayList<>();
    boolean[] whole = {true};
    try {
      assertTimeoutPreemptively(
          DEADLINE,
          () -> {
            for (long[] range :
                new long[][] {{0, Long.MAX_VALUE}, {1500, Long.MAX_VALUE}, {1500, 2600}}) {
              whole[0] &=
                  attempt(
                      unexpected, "log " + Arrays.toString(range), () -> readLog(segment, range));
            }
            for (IndexType type : IndexType.values()) {
              whole[0] &= attempt(unexpected, type + " index", () -> readIndex(segment, type));
            }
          },
          () -> name + ": no answer within " + DEADLINE);
    } catch (Throwable t) {
      unexpected.add(t.toString());
    }
    if (!unexpected.isEmpty()) {
      failures.add(name + ": " + unexpected);
    } else if (whole[0]) {
      readable.incrementAndGet();
    }
  }

  private interface Read {
    void run() throws IOException;
  }

  /** Whether the read succeeded; an exception other than the documented ones is noted. */
  private static boolean attempt(List<String> unexpected, String what, Read read) {
    try {
      read.run();
      return true;
    } catch (ObjectStoreException documented) {
      return false;
    } catch (RangeOutsideTheSegment documented) {
      return false;
    } catch (Throwable t) {
      unexpected.add(what + ": " + t);
      return false;
    }
  }

  private void readLog(SegmentCoordinates segment, long[] range) throws IOException {
    InputStream in;
    try {
      in = segments.openLog(segment, range[0], range[1]);
    } catch (IllegalArgumentException e) {
      // Documented for a start past the end, which a forged size may make of a valid position.
      if (e.getMessage() != null && e.getMessage().contains("past the end")) {
        throw new RangeOutsideTheSegment();
      }
      throw e;
    }
    try (in) {
      byte[] bytes = in.readAllBytes();
      int from = (int) Math.min(range[0], logBytes.length);
      int to = (int) Math.min(range[1], logBytes.length - 1) + 1;
      if (!Arrays.equals(bytes, Arrays.copyOfRange(logBytes, from, to))) {
        throw new IllegalStateException(
            "bytes read differ from the log written (" + bytes.length + ")");
      }
    }
  }

  private void readIndex(SegmentCoordinates segment, IndexType type) throws IOException {
    try (InputStream in = segments.openIndex(segment, type)) {
      if (!Arrays.equals(in.readAllBytes(), indexBytes.get(type))) {
        throw new IllegalStateException("the " + type + " index read differs from the one written");
      }
    }
  }

  private static final class RangeOutsideTheSegment extends RuntimeException {}

  private static byte[] randomManifest(Random random, byte[] valid) {
    byte[] bytes = new byte[random.nextInt(400)];
    random.nextBytes(bytes);
    if (bytes.length > 10 && random.nextBoolean()) {
      System.arraycopy(valid, 0, bytes, 0, 7); // magic, version, compression
    }
    return bytes.length > 4 && random.nextBoolean() ? RawManifest.withCrc(bytes) : bytes;
  }

  /** A few bytes changed, or the bytes cut or lengthened; a valid checksum most of the time. */
  private static byte[] mutate(Random random, byte[] valid) {
    byte[] bytes;
    switch (random.nextInt(4)) {
      case 0 -> bytes = Arrays.copyOf(valid, random.nextInt(valid.length + 1));
      case 1 -> bytes = Arrays.copyOf(valid, valid.length + 1 + random.nextInt(64));
      default -> {
        bytes = valid.clone();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
          int at = random.nextInt(bytes.length);
          bytes[at] =
              random.nextBoolean()
                  ? (byte) random.nextInt()
                  : (byte) (bytes[at] ^ (1 << random.nextInt(8)));
        }
      }
    }
    return bytes.length > 4 && random.nextInt(4) > 0 ? RawManifest.withCrc(bytes) : bytes;
  }

  private static byte[] compressible(int size) {
    byte[] bytes = new byte[size];
    Random random = new Random(7);
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i % 61 < 40 ? 'a' + i % 23 : random.nextInt());
    }
    return bytes;
  }

  private byte[] read(ObjectKey key) throws IOException {
    try (InputStream in = raw.fetch(key)) {
      return in.readAllBytes();
    }
  }

  private static SegmentCoordinates segment(String id) {
    return new SegmentCoordinates("fuzz", "Tq0id", 0, 100, id);
  }
}
