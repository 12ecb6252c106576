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

    assertThat(buffer.reserve(LOG, 100)).isTrue();
    assertThat(buffer.reserve(LOG, 101)).as("100 ahead + 100 reserved + 101").isFalse();
    buffer.put(id(1), chunk(100), 100);
    assertThat(buffer.reservedBytes()).isZero();
    buffer.passed(id(0));
    assertThat(buffer.reserve(LOG, 200)).as("only chunk 1 is still ahead").isTrue();
    buffer.release(LOG, 200);
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
          assertThat(buffer.reserve(LOG, 201))
              .as("500 bytes arrived after chunk 0: not yet")
              .isFalse();
        }
      }
    }
    readLately.get(id(0));

    assertThat(stale.reserve(LOG, 201)).as("600 bytes arrived after chunk 0, unread").isTrue();
    assertThat(readLately.reserve(LOG, 201)).as("chunk 0 was read since").isFalse();
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

  @Test
  void aReaderOverItsShare_isRefused_andTheRoomItFreesGoesToAReaderHoldingNothing() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(400);
    for (int i = 0; i < 4; i++) {
      assertThat(buffer.reserve(LOG, 100)).as("alone, the whole buffer").isTrue();
      buffer.put(id(i), chunk(100), 100);
    }
    assertThat(buffer.reserve(OTHER_LOG, 100)).as("the buffer is full").isFalse();
    assertThat(buffer.activeReaders()).isEqualTo(2);

    buffer.passed(id(0));
    assertThat(buffer.reserve(LOG, 100)).as("300 held, over a share of 200").isFalse();
    assertThat(buffer.reserve(OTHER_LOG, 100)).as("holds nothing").isTrue();
    buffer.passed(id(1));
    assertThat(buffer.reserve(LOG, 100)).as("200 held: its share").isFalse();
    assertThat(buffer.reserve(OTHER_LOG, 100)).as("100 held, under its share").isTrue();
    assertThat(buffer.heldBytes(LOG)).isEqualTo(200);
    assertThat(buffer.heldBytes(OTHER_LOG)).isEqualTo(200);
  }

  @Test
  void aReaderHoldingNothing_isAdmittedEvenWhenItsShareIsLessThanItAsks() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(400);
    ObjectKey[] logs = new ObjectKey[8];
    for (int r = 0; r < logs.length; r++) {
      logs[r] = ObjectKey.of("t/" + r + "/00000000000000000000-a.log");
      buffer.reserve(logs[r], 0);
    }

    assertThat(buffer.reserve(logs[0], 100)).as("a share of 50, but nothing held").isTrue();
    assertThat(buffer.reserve(logs[0], 100))
        .as("100 held, over its share, and the others' next runs need the 300 left")
        .isFalse();
  }

  @Test
  void aGreedyReader_neverStarvesTheOthers_whoGetTheirPrefetchesOnceItIsBackToItsShare() {
    // Four partitions read at once, one chunk per round each; reader 0 asks first in every round
    // and wants ten chunks ahead, the others two. Twelve chunks fit. First come, first served,
    // reader 0 would take every chunk freed and readers 2 and 3 would wait for good.
    int readers = 4;
    ReadAheadBuffer buffer = new ReadAheadBuffer(1200);
    ObjectKey[] logs = new ObjectKey[readers];
    int[] next = new int[readers];
    int[] oldest = new int[readers];
    int[] refused = new int[readers];
    for (int r = 0; r < readers; r++) {
      logs[r] = ObjectKey.of("t/" + r + "/00000000000000000000-a.log");
    }
    boolean backToItsShare = false;
    for (int round = 0; round < 20; round++) {
      for (int r = 0; r < readers; r++) {
        if (oldest[r] < next[r]) {
          buffer.passed(new ChunkId(logs[r], oldest[r]++));
        }
        int wanted = r == 0 ? 10 : 2;
        while (next[r] - oldest[r] < wanted) {
          if (!buffer.reserve(logs[r], 100)) {
            if (round >= 10) {
              refused[r]++;
            }
            break;
          }
          buffer.put(new ChunkId(logs[r], next[r]++), chunk(100), 100);
        }
      }
      backToItsShare |= buffer.heldBytes(logs[0]) <= 300;
      if (backToItsShare) {
        assertThat(buffer.heldBytes(logs[0]))
            .as("round %d: back to its share, the greedy reader stays there", round)
            .isLessThanOrEqualTo(300);
      }
    }

    assertThat(buffer.heldBytes(logs[0])).as("its share: 1200 / 4").isEqualTo(300);
    for (int r = 1; r < readers; r++) {
      assertThat(buffer.heldBytes(logs[r])).as("reader %d", r).isEqualTo(200);
      assertThat(refused[r]).as("refusals of reader %d in the last ten rounds", r).isZero();
    }
  }

  @Test
  void aReaderThatStopped_givesItsShareBack_afterTwoBuffersArrived() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(400);
    buffer.reserve(OTHER_LOG, 100);
    buffer.put(new ChunkId(OTHER_LOG, 0), chunk(100), 100);
    buffer.passed(new ChunkId(OTHER_LOG, 0));
    int i = 0;
    for (; i < 2; i++) {
      assertThat(buffer.reserve(LOG, 100)).isTrue();
      buffer.put(id(i), chunk(100), 100);
    }
    assertThat(buffer.reserve(LOG, 200))
        .as("a share of 200, the rest kept for the other reader while it counts")
        .isFalse();
    for (; buffer.activeReaders() > 1 && i < 100; i++) {
      buffer.passed(id(i - 2));
      assertThat(buffer.reserve(LOG, 100)).isTrue();
      buffer.put(id(i), chunk(100), 100);
      buffer.reserve(LOG, 0);
    }

    assertThat(i)
        .as("chunks put when the other reader stopped counting: 800 bytes, two buffers, after its")
        .isEqualTo(8);
    assertThat(buffer.reserve(LOG, 200)).as("the whole buffer again").isTrue();
  }

  @Test
  void roomNoOneElseNeeds_isLentBeyondAShare_keepingTheNextRunOfEveryOtherReader() {
    ReadAheadBuffer buffer = new ReadAheadBuffer(1000);
    buffer.reserve(OTHER_LOG, 100);
    int held = 0;
    while (buffer.reserve(LOG, 100)) {
      buffer.put(id(held++), chunk(100), 100);
    }

    assertThat(buffer.heldBytes(LOG)).as("a share of 500, and 300 lent").isEqualTo(800);
    assertThat(buffer.reserve(OTHER_LOG, 100)).as("the room kept for its next run").isTrue();
  }
}
