package io.tierline.offloader.segment.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.StorageClass;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ManifestCodecTest {
  private static final ObjectKey KEY = ObjectKey.of("p/t-id/0/00000000000000000000-s.manifest");

  private static SegmentManifest manifest() {
    return SegmentManifestTest.manifest();
  }

  @Test
  void decode_ofEncode_isTheSameManifest() {
    assertThat(ManifestCodec.decode(KEY, ManifestCodec.encode(manifest()))).isEqualTo(manifest());
  }

  /** Manifests already stored must stay readable: {@link #manifest()} as version 1 wrote it. */
  @Test
  void version1Bytes_decodeToTheManifest_andAreWhatEncodeWrites() {
    byte[] stored =
        HexFormat.of()
            .parseHex(
                "544c534d00010100000004000000000000000a000000000000000900000003000000040000000300000011"
                    + "0000000400000004000000220000000200000002fffffffb02000000000000000000000000000000006400"
                    + "0000070400000000000000640000000000000000000000008ccf0c31");
    assertThat(ManifestCodec.decode(KEY, stored)).isEqualTo(manifest());
    assertThat(ManifestCodec.encode(manifest())).isEqualTo(stored);
  }

  @Test
  void decode_anyFlippedByte_isCorruptedNamingTheObject() {
    byte[] bytes = ManifestCodec.encode(manifest());
    for (int i = 0; i < bytes.length; i++) {
      byte[] copy = bytes.clone();
      copy[i] ^= 0x40;
      assertThatThrownBy(() -> ManifestCodec.decode(KEY, copy))
          .as("byte %d", i)
          .isInstanceOf(CorruptedDataException.class)
          .hasMessageContaining(KEY.value());
    }
  }

  @Test
  void decode_newerVersion_isRejectedWithItsNumber() {
    byte[] bytes = ManifestCodec.encode(manifest());
    bytes[5] = 4;
    assertThatThrownBy(() -> ManifestCodec.decode(KEY, bytes))
        .isInstanceOf(CorruptedDataException.class)
        .hasMessageContaining("version 4");
  }

  /** An encrypted segment's manifest: version 2, with the master key id and wrapped data key. */
  static SegmentManifest encrypted() {
    byte[] wrapped = new byte[Encryption.WRAPPED_KEY_BYTES];
    for (int i = 0; i < wrapped.length; i++) {
      wrapped[i] = (byte) (0xa0 + i);
    }
    return new SegmentManifest(
        ManifestCodec.ENCRYPTED_FORMAT_VERSION,
        10,
        57,
        Compression.ZSTD,
        4,
        List.of(
            new SegmentManifest.Chunk(0, 4, 0, 19, 0x11),
            new SegmentManifest.Chunk(4, 4, 19, 20, 0x22),
            new SegmentManifest.Chunk(8, 2, 39, 18, -5)),
        manifest().indexes(),
        Optional.of(new Encryption("k-2026", wrapped)));
  }

  /** Encrypted manifests already stored must stay readable: version 2 as it was first written. */
  @Test
  void version2Bytes_decodeToTheEncryptedManifest_andAreWhatEncodeWrites() {
    byte[] stored =
        HexFormat.of()
            .parseHex(
                "544c534d0002010106"
                    + "6b2d32303236" // key id "k-2026"
                    + "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7"
                    + "00000004000000000000000a00000000000000390000000300000004000000130000001100000004"
                    + "00000014000000220000000200000012fffffffb0200000000000000000000000000000000640000"
                    + "00070400000000000000640000000000000000000000004436e275");
    assertThat(ManifestCodec.decode(KEY, stored)).isEqualTo(encrypted());
    assertThat(ManifestCodec.encode(encrypted())).isEqualTo(stored);
  }

  @Test
  void encode_withoutEncryption_staysVersion1() {
    assertThat(ManifestCodec.encode(manifest())[5]).isEqualTo((byte) 1);
    assertThat(ManifestCodec.decode(KEY, ManifestCodec.encode(manifest())).encryption()).isEmpty();
  }

  /** {@code m} as stored in {@code storageClass}, with the version the writer gives it. */
  static SegmentManifest inClass(SegmentManifest m, StorageClass storageClass) {
    return new SegmentManifest(
        ManifestCodec.versionFor(m.encryption(), storageClass),
        m.originalSize(),
        m.storedSize(),
        m.compression(),
        m.chunkSizeBytes(),
        m.chunks(),
        m.indexes(),
        m.encryption(),
        storageClass);
  }

  /**
   * Version 3 pinned: after the compression byte, the class (1, STANDARD_IA) and the encryption
   * code (0, none); the rest is version 1's layout.
   */
  @Test
  void version3Bytes_decodeToTheManifestInItsClass_andAreWhatEncodeWrites() {
    byte[] stored =
        HexFormat.of()
            .parseHex(
                "544c534d0003010100"
                    + "00000004000000000000000a000000000000000900000003000000040000000300000011"
                    + "0000000400000004000000220000000200000002fffffffb02000000000000000000000000000000006400"
                    + "000007040000000000000064000000000000000000000000d976df79");
    SegmentManifest standardIa = inClass(manifest(), StorageClass.STANDARD_IA);
    assertThat(ManifestCodec.decode(KEY, stored)).isEqualTo(standardIa);
    assertThat(ManifestCodec.encode(standardIa)).isEqualTo(stored);
  }

  @ParameterizedTest
  @EnumSource(StorageClass.class)
  void decode_ofEncode_keepsTheClass_inTheClearAndEncrypted(StorageClass storageClass) {
    for (SegmentManifest m : List.of(manifest(), encrypted())) {
      SegmentManifest stored = inClass(m, storageClass);
      SegmentManifest read = ManifestCodec.decode(KEY, ManifestCodec.encode(stored));
      assertThat(read).isEqualTo(stored);
      assertThat(read.storageClass()).isEqualTo(storageClass);
      assertThat(read.encryption()).isEqualTo(m.encryption());
    }
  }

  /** Older readers still read what they could: a STANDARD segment is written as before. */
  @Test
  void encode_standardClass_keepsVersions1And2() {
    assertThat(ManifestCodec.encode(inClass(manifest(), StorageClass.STANDARD))[5])
        .isEqualTo((byte) 1);
    assertThat(ManifestCodec.encode(inClass(encrypted(), StorageClass.STANDARD))[5])
        .isEqualTo((byte) 2);
    assertThat(ManifestCodec.encode(inClass(manifest(), StorageClass.GLACIER_IR))[5])
        .isEqualTo((byte) 3);
  }

  @Test
  void decode_unknownStorageClassCode_isCorrupted() {
    byte[] bytes = ManifestCodec.encode(inClass(manifest(), StorageClass.GLACIER_IR));
    bytes[7] = 9;
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
    assertThatThrownBy(() -> ManifestCodec.decode(KEY, bytes))
        .isInstanceOf(CorruptedDataException.class)
        .hasMessageContaining("storage class code 9");
  }

  @Test
  void decode_sameIndexTwice_isCorrupted() {
    byte[] bytes = ManifestCodec.encode(manifest());
    // The two index entries sit before the trailing CRC; give the second the first one's type.
    int second = bytes.length - 4 - 21;
    bytes[second] = bytes[second - 21];
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
    assertThatThrownBy(() -> ManifestCodec.decode(KEY, bytes))
        .isInstanceOf(CorruptedDataException.class)
        .hasMessageContaining("twice");
  }
}
