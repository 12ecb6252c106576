package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestCodecTest {
  private static final ObjectKey KEY = ObjectKey.of("p/t-id/0/00000000000000000000-s.manifest");

  private static SegmentManifest manifest() {
    return new SegmentManifest(SegmentManifest.CURRENT_FORMAT_VERSION, 10, 9, Compression.ZSTD, 4,
        List.of(new SegmentManifest.Chunk(0, 4, 0, 3, 0x11),
            new SegmentManifest.Chunk(4, 4, 3, 4, 0x22),
            new SegmentManifest.Chunk(8, 2, 7, 2, -5)),
        Map.of(IndexType.OFFSET, new SegmentManifest.IndexEntry(0, 100, 7),
            IndexType.LEADER_EPOCH, new SegmentManifest.IndexEntry(100, 0, 0)));
  }

  @Test
  void decode_ofEncode_isTheSameManifest() {
    assertThat(ManifestCodec.decode(KEY, ManifestCodec.encode(manifest()))).isEqualTo(manifest());
  }

  @Test
  void decode_anyFlippedByte_isCorruptedNamingTheObject() {
    byte[] bytes = ManifestCodec.encode(manifest());
    for (int i = 0; i < bytes.length; i++) {
      byte[] copy = bytes.clone();
      copy[i] ^= 0x40;
      assertThatThrownBy(() -> ManifestCodec.decode(KEY, copy)).as("byte %d", i)
          .isInstanceOf(CorruptedDataException.class).hasMessageContaining(KEY.value());
    }
  }

  @Test
  void decode_newerVersion_isRejectedWithItsNumber() {
    byte[] bytes = ManifestCodec.encode(manifest());
    bytes[5] = 2;
    assertThatThrownBy(() -> ManifestCodec.decode(KEY, bytes))
        .isInstanceOf(CorruptedDataException.class).hasMessageContaining("version 2");
  }

  @Test
  void manifest_chunksNotAddingUp_areRejected() {
    assertThatThrownBy(() -> new SegmentManifest(1, 11, 9, Compression.NONE, 4,
        manifest().chunks(), Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chunkAt_mapsPositionsToChunks() {
    assertThat(manifest().chunkAt(0)).isZero();
    assertThat(manifest().chunkAt(4)).isEqualTo(1);
    assertThat(manifest().chunkAt(9)).isEqualTo(2);
  }
}
