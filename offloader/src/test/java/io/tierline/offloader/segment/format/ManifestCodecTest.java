package io.tierline.offloader.segment.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

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
    bytes[5] = 2;
    assertThatThrownBy(() -> ManifestCodec.decode(KEY, bytes))
        .isInstanceOf(CorruptedDataException.class)
        .hasMessageContaining("version 2");
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
