package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.segment.ChunkCache.ChunkId;
import org.junit.jupiter.api.Test;

class ReadAheadBufferTest {
  private static final ObjectKey LOG = ObjectKey.of("t/0/00000000000000000000-a.log");

  private static ChunkId id(int index) {
    return new ChunkId(LOG, index);
  }

  private static ChunkBytes chunk(int length) {
    return ChunkBytes.of(new byte[length]);
  }

  @Test
  void overTheBound_dropsTheLeastRecentlyUsed() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(300);
    buffer.put(id(0), chunk(100));
    buffer.put(id(1), chunk(100));
    buffer.put(id(2), chunk(100));
    buffer.get(id(0));
    buffer.put(id(3), chunk(100));

    assertThat(buffer.get(id(1))).as("least recently used").isNull();
    assertThat(buffer.get(id(0))).isNotNull();
    assertThat(buffer.get(id(2))).isNotNull();
    assertThat(buffer.get(id(3))).isNotNull();
    assertThat(buffer.bytes()).isEqualTo(300);
  }

  @Test
  void aNewChunk_isKeptEvenWhenEveryOtherWasReadMoreOften() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(200);
    buffer.put(id(0), chunk(100));
    buffer.put(id(1), chunk(100));
    for (int i = 0; i < 10; i++) {
      buffer.get(id(0));
      buffer.get(id(1));
    }
    buffer.put(id(2), chunk(100));

    assertThat(buffer.get(id(2))).isNotNull();
    assertThat(buffer.size()).isEqualTo(2);
  }

  @Test
  void replacingAChunk_countsItsBytesOnce() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(1000);
    buffer.put(id(0), chunk(100));
    buffer.put(id(0), chunk(150));

    assertThat(buffer.bytes()).isEqualTo(150);
    assertThat(buffer.size()).isEqualTo(1);
  }

  @Test
  void aChunkLargerThanTheBound_orABoundOfZero_keepsNothing() {
    ReadAheadBuffer small = new ReadAheadBuffer(99);
    small.put(id(0), chunk(100));
    ReadAheadBuffer none = new ReadAheadBuffer(0);
    none.put(id(0), chunk(1));

    assertThat(small.size()).isZero();
    assertThat(none.size()).isZero();
    assertThat(none.bytes()).isZero();
  }
}
