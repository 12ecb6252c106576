package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.util.List;
import java.util.Map;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata.CustomMetadata;
import org.junit.jupiter.api.Test;

class CustomMetadataCodecTest {

  private static SegmentManifest manifest(long original, long stored) {
    return new SegmentManifest(
        SegmentManifest.CURRENT_FORMAT_VERSION,
        original,
        stored,
        Compression.ZSTD,
        4096,
        List.of(new SegmentManifest.Chunk(0, (int) original, 0, (int) stored, 7)),
        Map.of());
  }

  @Test
  void encode_roundTripsAndFitsTheBrokersDefaultCap() {
    CustomMetadata encoded = CustomMetadataCodec.encode(manifest(4000, 1234));

    assertThat(encoded.value()).hasSizeLessThanOrEqualTo(128);
    assertThat(CustomMetadataCodec.decode(encoded))
        .isEqualTo(
            new CustomMetadataCodec.Fields(
                SegmentManifest.CURRENT_FORMAT_VERSION, 4000, 1234, Compression.ZSTD.id()));
  }

  @Test
  void decode_unknownVersion_throws() {
    assertThatThrownBy(() -> CustomMetadataCodec.decode(new CustomMetadata(new byte[] {9})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 9");
  }
}
