package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.segment.crypt.KeyRing;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.segment.format.ManifestCodec;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Segments encrypted on the client: nothing of a record reaches the bucket, a changed byte fails
 * the read, and segments wrapped by a rotated-out master key stay readable while the ring holds it.
 */
class EncryptedSegmentsTest {
  private static final byte[] KEY_1 = key(1);
  private static final byte[] KEY_2 = key(2);
  private static final String RECORD = "card=4111-1111-1111-1111;customer=alice@example.com;";

  @TempDir Path dir;
  private final SegmentKeys keys = new SegmentKeys("", false);

  private static byte[] key(int seed) {
    byte[] key = new byte[KeyRing.KEY_BYTES];
    Arrays.fill(key, (byte) seed);
    key[0] = (byte) (seed * 37);
    return key;
  }

  private static KeyRing ring(String active, Object... idsAndKeys) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    for (int i = 0; i < idsAndKeys.length; i += 2) {
      keys.put((String) idsAndKeys[i], (byte[]) idsAndKeys[i + 1]);
    }
    return KeyRing.of(keys, active);
  }

  private SegmentStore store(Compression compression, Optional<KeyRing> ring) {
    return SegmentStores.create(
        FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("bucket"))),
        SegmentStoreSettings.defaults().withChunkSizeBytes(1024).withCompression(compression),
        Optional.empty(),
        ring,
        SegmentStoreListener.NOOP);
  }

  /** A log of repeated plaintext records (compressible, and easy to find in stored bytes). */
  private byte[] upload(SegmentStore store, SegmentCoordinates segment) throws Exception {
    byte[] log = RECORD.repeat(200).getBytes(StandardCharsets.US_ASCII);
    Path file = dir.resolve(segment.segmentId() + ".log");
    Files.write(file, log);
    store.upload(
        segment,
        new SegmentSource(
            file, Map.of(IndexType.OFFSET, IndexSource.bytes(ByteBuffer.wrap(new byte[] {7, 8})))));
    return log;
  }

  private static SegmentCoordinates segment(String id) {
    return new SegmentCoordinates("payments", "Zq1", 0, 0, id);
  }

  private Path stored(SegmentCoordinates segment, String suffix) {
    return dir.resolve("bucket")
        .resolve(
            switch (suffix) {
              case "log" -> keys.log(segment).value();
              default -> keys.manifest(segment).value();
            });
  }

  private static byte[] read(SegmentStore store, SegmentCoordinates s, long from, long to)
      throws Exception {
    try (InputStream in = store.openLog(s, from, to)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void upload_encrypted_storesNoPlaintext_andReadsBackWholeAndRanged(Compression compression)
      throws Exception {
    SegmentCoordinates s = segment("enc-" + compression);
    try (SegmentStore store = store(compression, Optional.of(ring("k1", "k1", KEY_1)))) {
      byte[] log = upload(store, s);

      String storedLog =
          new String(Files.readAllBytes(stored(s, "log")), StandardCharsets.ISO_8859_1);
      assertThat(storedLog).doesNotContain("card=").doesNotContain("alice@example.com");
      byte[] manifest = Files.readAllBytes(stored(s, "manifest"));
      assertThat(manifest[5]).as("format version").isEqualTo((byte) 2);
      assertThat(new String(manifest, StandardCharsets.ISO_8859_1)).contains("k1");
      assertThat(read(store, s, 0, Long.MAX_VALUE)).isEqualTo(log);
      // A range that starts and ends inside chunks, across a chunk boundary.
      assertThat(read(store, s, 1000, 2100)).isEqualTo(Arrays.copyOfRange(log, 1000, 2101));
    }
    if (compression == Compression.ZSTD) {
      // Compress, then encrypt: the stored log is far smaller than the repetitive original.
      assertThat(Files.size(stored(s, "log"))).isLessThan(RECORD.length() * 200L / 4);
    }
  }

  @Test
  void read_flippedByteInTheStoredLog_failsTheRead() throws Exception {
    SegmentCoordinates s = segment("flip");
    try (SegmentStore store = store(Compression.ZSTD, Optional.of(ring("k1", "k1", KEY_1)))) {
      upload(store, s);
    }
    byte[] log = Files.readAllBytes(stored(s, "log"));
    log[log.length / 2] ^= 0x01;
    Files.write(stored(s, "log"), log);
    try (SegmentStore store = store(Compression.ZSTD, Optional.of(ring("k1", "k1", KEY_1)))) {
      assertThatThrownBy(() -> read(store, s, 0, Long.MAX_VALUE))
          .isInstanceOf(CorruptedDataException.class)
          .hasMessageContaining(keys.log(s).value());
    }
  }

  @Test
  void read_chunkThatPassesItsChecksumButNotAuthentication_isCorrupted() throws Exception {
    // A forger who recomputes the CRC32C still cannot produce a chunk that GCM accepts.
    SegmentCoordinates s = segment("forged");
    try (SegmentStore store = store(Compression.NONE, Optional.of(ring("k1", "k1", KEY_1)))) {
      upload(store, s);
    }
    byte[] log = Files.readAllBytes(stored(s, "log"));
    byte[] manifestBytes = Files.readAllBytes(stored(s, "manifest"));
    var manifest = ManifestCodec.decode(keys.manifest(s), manifestBytes);
    var first = manifest.chunks().get(0);
    log[5] ^= 0x01;
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(log, 0, first.storedLength());
    var chunks = new java.util.ArrayList<>(manifest.chunks());
    chunks.set(
        0,
        new io.tierline.offloader.segment.format.SegmentManifest.Chunk(
            0, first.originalLength(), 0, first.storedLength(), (int) crc.getValue()));
    var forged =
        new io.tierline.offloader.segment.format.SegmentManifest(
            manifest.formatVersion(),
            manifest.originalSize(),
            manifest.storedSize(),
            manifest.compression(),
            manifest.chunkSizeBytes(),
            chunks,
            manifest.indexes(),
            manifest.encryption());
    Files.write(stored(s, "log"), log);
    Files.write(stored(s, "manifest"), ManifestCodec.encode(forged));
    try (SegmentStore store = store(Compression.NONE, Optional.of(ring("k1", "k1", KEY_1)))) {
      assertThatThrownBy(() -> read(store, s, 0, 10))
          .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class)
          .hasStackTraceContaining("Authentication failed");
    }
  }

  @Test
  void rotation_oldAndNewSegmentsBothReadBack() throws Exception {
    SegmentCoordinates old = segment("before-rotation");
    SegmentCoordinates current = segment("after-rotation");
    byte[] oldLog;
    try (SegmentStore store = store(Compression.ZSTD, Optional.of(ring("k1", "k1", KEY_1)))) {
      oldLog = upload(store, old);
    }
    byte[] newLog;
    try (SegmentStore store =
        store(Compression.ZSTD, Optional.of(ring("k2", "k1", KEY_1, "k2", KEY_2)))) {
      newLog = upload(store, current);
      assertThat(read(store, old, 0, Long.MAX_VALUE)).isEqualTo(oldLog);
      assertThat(read(store, current, 0, Long.MAX_VALUE)).isEqualTo(newLog);
    }
    assertThat(
            new String(
                Files.readAllBytes(stored(current, "manifest")), StandardCharsets.ISO_8859_1))
        .contains("k2");
  }

  @Test
  void read_masterKeyNoLongerInTheRing_failsNamingTheKeyId() throws Exception {
    SegmentCoordinates s = segment("orphaned-key");
    try (SegmentStore store = store(Compression.ZSTD, Optional.of(ring("k1", "k1", KEY_1)))) {
      upload(store, s);
    }
    try (SegmentStore store = store(Compression.ZSTD, Optional.of(ring("k2", "k2", KEY_2)))) {
      assertThatThrownBy(() -> read(store, s, 0, Long.MAX_VALUE))
          .isInstanceOf(ObjectStoreException.class)
          .hasMessageContaining("master key id 'k1'");
    }
    try (SegmentStore store = store(Compression.ZSTD, Optional.empty())) {
      assertThatThrownBy(() -> read(store, s, 0, Long.MAX_VALUE))
          .isInstanceOf(ObjectStoreException.class)
          .hasMessageContaining("master key id 'k1'")
          .hasMessageContaining("no key ring");
    }
  }

  @Test
  void read_differentKeyUnderTheSameId_isRefusedNotGarbled() throws Exception {
    SegmentCoordinates s = segment("same-id");
    try (SegmentStore store = store(Compression.NONE, Optional.of(ring("k1", "k1", KEY_1)))) {
      upload(store, s);
    }
    try (SegmentStore store = store(Compression.NONE, Optional.of(ring("k1", "k1", KEY_2)))) {
      assertThatThrownBy(() -> read(store, s, 0, Long.MAX_VALUE))
          .isInstanceOf(CorruptedDataException.class)
          .hasMessageContaining("does not unwrap with master key id 'k1'");
    }
  }

  @Test
  void clearSegments_stayReadable_afterEncryptionIsTurnedOn() throws Exception {
    SegmentCoordinates s = segment("clear");
    byte[] log;
    try (SegmentStore store = store(Compression.ZSTD, Optional.empty())) {
      log = upload(store, s);
    }
    assertThat(Files.readAllBytes(stored(s, "manifest"))[5])
        .as("format version")
        .isEqualTo((byte) 1);
    try (SegmentStore store = store(Compression.ZSTD, Optional.of(ring("k1", "k1", KEY_1)))) {
      assertThat(read(store, s, 0, Long.MAX_VALUE)).isEqualTo(log);
    }
  }

  @Test
  void keyRing_wrongKeyLengthOrUnknownActiveId_isRefusedWithoutShowingKeyBytes() {
    assertThatThrownBy(() -> ring("k1", "k1", new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key 'k1' must be 32 bytes (AES-256)");
    assertThatThrownBy(() -> ring("k9", "k1", KEY_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'k9'");
    assertThat(ring("k1", "k1", KEY_1).toString()).isEqualTo("KeyRing[ids=[k1], active=k1]");
  }
}
