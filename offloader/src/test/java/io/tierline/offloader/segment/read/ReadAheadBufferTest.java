package io.tierline.offloader.segment.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.segment.read.ChunkCache.ChunkId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAheadBufferTest {
  private static final ObjectKey LOG = ObjectKey.of("t/0/00000000000000000000-a.log");

  private static final ObjectKey OTHER_LOG = ObjectKey.of("t/1/00000000000000000000-b.log");

  private static ChunkId id(int index) {
    return new ChunkId(LOG, index);
  }

  private static ChunkBytes chunk(int length) {
    return ChunkBytes.of(new byte[length]);
  }

  @Test
  void overTheBound_passedChunksLeave_leastRecentlyUsedFirst() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(300);
    for (int i = 0; i < 3; i++) {
      buffer.put(id(i), chunk(100));
      buffer.passed(id(i));
    }
    buffer.get(id(0));
    buffer.put(id(3), chunk(100));

    assertThat(buffer.get(id(1))).as("least recently used").isNull();
    assertThat(buffer.get(id(0))).isNotNull();
    assertThat(buffer.get(id(2))).isNotNull();
    assertThat(buffer.get(id(3))).isNotNull();
    assertThat(buffer.bytes()).isEqualTo(300);
  }

  @Test
  void aNewChunk_isKeptOverPassedOnes_howeverOftenTheyWereRead() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(200);
    buffer.put(id(0), chunk(100));
    buffer.put(id(1), chunk(100));
    for (int i = 0; i < 10; i++) {
      buffer.get(id(0));
      buffer.get(id(1));
    }
    buffer.passed(id(0));
    buffer.passed(id(1));
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

  @Test
  void chunksAReaderPassed_leaveBeforeChunksStillAhead_evenIfUsedMoreRecently() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(300);
    buffer.put(id(0), chunk(100));
    buffer.put(id(1), chunk(100));
    buffer.put(id(2), chunk(100));
    buffer.passed(id(2));
    buffer.get(id(2));
    buffer.put(id(3), chunk(100));

    assertThat(buffer.get(id(2))).as("passed").isNull();
    assertThat(buffer.get(id(0))).isNotNull();
    assertThat(buffer.get(id(1))).isNotNull();
    assertThat(buffer.get(id(3))).isNotNull();
  }

  @Test
  void aPrefetch_isRefusedWhenChunksAheadAndReservationsWouldPassTheBound() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(300);
    buffer.put(id(0), chunk(100));

    assertThat(buffer.reserve(100)).isTrue();
    assertThat(buffer.reserve(101)).as("100 ahead + 100 reserved + 101").isFalse();
    buffer.put(id(1), chunk(100), 100);
    assertThat(buffer.reservedBytes()).isZero();
    buffer.passed(id(0));
    assertThat(buffer.reserve(200)).as("only chunk 1 is still ahead").isTrue();
    buffer.release(200);
    assertThat(buffer.reservedBytes()).isZero();
  }

  @Test
  void aChunkAheadThatTwoBuffersfulArrivedAfter_unread_countsAsPassed() {
    ReadAheadBuffer stale = new ReadAheadBuffer(300);
    ReadAheadBuffer readLately = new ReadAheadBuffer(300);
    for (ReadAheadBuffer buffer : List.of(stale, readLately)) {
      buffer.put(id(0), chunk(100));
      for (int i = 1; i <= 6; i++) {
        buffer.put(id(i), chunk(100));
        buffer.passed(id(i));
        if (i == 5) {
          assertThat(buffer.reserve(201)).as("500 bytes arrived after chunk 0: not yet").isFalse();
        }
      }
    }
    readLately.get(id(0));

    assertThat(stale.reserve(201)).as("600 bytes arrived after chunk 0, unread").isTrue();
    assertThat(readLately.reserve(201)).as("chunk 0 was read since").isFalse();
    assertThat(stale.get(id(0))).as("passed, not dropped, while there is room").isNotNull();
  }

  @Test
  void aChunkFetchedWithoutReservation_neverPushesOutAChunkAhead() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(200);
    buffer.put(id(0), chunk(100));
    buffer.put(id(1), chunk(100));
    buffer.put(new ChunkId(OTHER_LOG, 0), chunk(100));

    assertThat(buffer.get(id(0))).isNotNull();
    assertThat(buffer.get(id(1))).isNotNull();
    assertThat(buffer.get(new ChunkId(OTHER_LOG, 0)))
        .as("no room: kept as passed, so dropped")
        .isNull();

    buffer.passed(id(0));
    buffer.put(new ChunkId(OTHER_LOG, 0), chunk(100));
    assertThat(buffer.get(new ChunkId(OTHER_LOG, 0)))
        .as("room once chunk 0 was passed")
        .isNotNull();
    assertThat(buffer.get(id(1))).isNotNull();
  }
}
