package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SegmentKeysTest {
  private static final SegmentCoordinates SEGMENT =
      new SegmentCoordinates("orders", "q7Zk2Y", 3, 1000, "seg-1");

  @Test
  void keys_followTheDocumentedLayout() {
    SegmentKeys keys = new SegmentKeys("tiered", false);
    assertThat(keys.log(SEGMENT).value())
        .isEqualTo("tiered/orders-q7Zk2Y/3/00000000000000001000-seg-1.log");
    assertThat(keys.indexes(SEGMENT).value()).endsWith("00000000000000001000-seg-1.indexes");
    assertThat(keys.manifest(SEGMENT).value()).endsWith("00000000000000001000-seg-1.manifest");
    assertThat(new SegmentKeys("", false).log(SEGMENT).value()).startsWith("orders-q7Zk2Y/3/");
  }

  @Test
  void keys_padTheBaseOffsetToTwentyDigits_fromZeroToTheLargest() {
    SegmentKeys keys = new SegmentKeys("", false);
    assertThat(keys.log(new SegmentCoordinates("t", "id", 0, 0, "s")).value())
        .isEqualTo("t-id/0/00000000000000000000-s.log");
    assertThat(keys.log(new SegmentCoordinates("t", "id", 0, Long.MAX_VALUE, "s")).value())
        .isEqualTo("t-id/0/0" + Long.MAX_VALUE + "-s.log");
  }

  @Test
  void keys_withSalting_startWithFourHexDigitsStablePerPartition() {
    SegmentKeys keys = new SegmentKeys("tiered", true);
    String key = keys.log(SEGMENT).value();
    assertThat(key).matches("[0-9a-f]{4}/tiered/orders-q7Zk2Y/3/.*");
    SegmentCoordinates other = new SegmentCoordinates("orders", "q7Zk2Y", 3, 2000, "seg-2");
    assertThat(keys.log(other).value()).startsWith(key.substring(0, 5));
  }

  @Test
  void settings_badValues_areRejectedByName() {
    SegmentStoreSettings d = SegmentStoreSettings.defaults();
    assertThatThrownBy(() -> d.withChunkSizeBytes(10)).hasMessageContaining("chunkSizeBytes");
    assertThatThrownBy(() -> d.withKeyPrefix("/x")).hasMessageContaining("keyPrefix");
    assertThatThrownBy(() -> d.withUploadRateLimit(0))
        .hasMessageContaining("uploadRateLimitBytesPerSecond");
    assertThatThrownBy(() -> d.withPrefetchChunks(-1)).hasMessageContaining("prefetchChunks");
  }
}
