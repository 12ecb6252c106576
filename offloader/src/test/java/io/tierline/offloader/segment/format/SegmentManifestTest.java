package io.tierline.offloader.segment.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentManifestTest {

  static SegmentManifest manifest() {
    return new SegmentManifest(
        SegmentManifest.CURRENT_FORMAT_VERSION,
        10,
        9,
        Compression.ZSTD,
        4,
        List.of(
            new SegmentManifest.Chunk(0, 4, 0, 3, 0x11),
            new SegmentManifest.Chunk(4, 4, 3, 4, 0x22),
            new SegmentManifest.Chunk(8, 2, 7, 2, -5)),
        Map.of(
            IndexType.OFFSET,
            new SegmentManifest.IndexEntry(0, 100, 7),
            IndexType.LEADER_EPOCH,
            new SegmentManifest.IndexEntry(100, 0, 0)));
  }

  @Test
  void manifest_chunksNotAddingUp_areRejected() {
    assertThatThrownBy(
            () -> new SegmentManifest(1, 11, 9, Compression.NONE, 4, manifest().chunks(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chunkAt_mapsPositionsToChunks() {
    assertThat(manifest().chunkAt(0)).isZero();
    assertThat(manifest().chunkAt(4)).isEqualTo(1);
    assertThat(manifest().chunkAt(9)).isEqualTo(2);
  }

  @Test
  void index_isFoundByItsType() {
    assertThat(manifest().index(IndexType.LEADER_EPOCH))
        .contains(new SegmentManifest.IndexEntry(100, 0, 0));
    assertThat(manifest().index(IndexType.TRANSACTION)).isEmpty();
  }

  /** The compression ids are stored in manifests and in the plugin's metadata. */
  @Test
  void compressionIds_areTheDocumentedOnes() {
    assertThat(Compression.NONE.id()).isZero();
    assertThat(Compression.ZSTD.id()).isEqualTo(1);
  }
}
