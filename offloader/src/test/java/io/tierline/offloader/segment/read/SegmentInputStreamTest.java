package io.tierline.offloader.segment.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoreUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SegmentInputStreamTest {
  private static final int CHUNK = 4;

  /** Chunks whose requests the test completes by hand; chunk i holds bytes of value i. */
  private static final class ManualChunks implements SegmentInputStream.Chunks {
    final List<Integer> requested = new ArrayList<>();
    final Map<Integer, CompletableFuture<ChunkBytes>> futures = new TreeMap<>();

    /** Chunks whose prefetch finds no room. */
    final Set<Integer> noRoom = new HashSet<>();

    @Override
    public synchronized CompletableFuture<ChunkBytes> prefetch(int index) {
      return noRoom.contains(index) ? CompletableFuture.completedFuture(null) : get(index);
    }

    @Override
    public synchronized CompletableFuture<ChunkBytes> get(int index) {
      requested.add(index);
      return futures.computeIfAbsent(index, i -> new CompletableFuture<>());
    }

    synchronized void arrive(int index) {
      byte[] bytes = new byte[CHUNK];
      Arrays.fill(bytes, (byte) index);
      futures.get(index).complete(ChunkBytes.of(bytes));
    }

    synchronized void fail(int index) {
      futures.get(index).completeExceptionally(new StoreUnavailableException("GET failed", null));
    }

    synchronized List<Integer> pending() {
      return futures.entrySet().stream()
          .filter(e -> !e.getValue().isDone())
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  @Test
  void read_withOneLane_asksForEachPrefetchedChunkOnlyAfterThePreviousArrived() throws IOException {
    ManualChunks chunks = new ManualChunks();
    chunks.get(0);
    chunks.arrive(0);
    chunks.requested.clear();
    try (SegmentInputStream in = new SegmentInputStream(chunks, CHUNK, 0, 10 * CHUNK - 1, 4, 1)) {
      assertThat(in.read()).isEqualTo(0);
      assertThat(chunks.requested).containsExactly(0, 1);
      chunks.arrive(1);
      assertThat(chunks.requested).containsExactly(0, 1, 2);
      chunks.arrive(2);
      chunks.arrive(3);
      assertThat(chunks.requested).containsExactly(0, 1, 2, 3, 4);
      assertThat(chunks.pending()).containsExactly(4);
    }
  }

  @Test
  void read_withTwoLanes_keepsTwoRequestsInFlight() throws IOException {
    ManualChunks chunks = new ManualChunks();
    SegmentInputStream in = new SegmentInputStream(chunks, CHUNK, 0, 10 * CHUNK - 1, 4, 2);
    CompletableFuture<Integer> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return in.read();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    awaitRequests(chunks, 2);
    assertThat(chunks.pending()).containsExactly(0, 1);
    chunks.arrive(0);
    assertThat(first.join()).isZero();
    assertThat(chunks.pending()).containsExactly(1, 2);
    chunks.arrive(1);
    assertThat(chunks.pending()).containsExactly(2, 3);
  }

  @Test
  void close_leavesPrefetchesRunningForTheNextReader() throws IOException {
    ManualChunks chunks = new ManualChunks();
    chunks.get(0);
    chunks.arrive(0);
    SegmentInputStream in = new SegmentInputStream(chunks, CHUNK, 0, 10 * CHUNK - 1, 3, 1);
    in.read();
    in.close();
    chunks.arrive(1);
    chunks.arrive(2);
    assertThat(chunks.futures.keySet()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void read_afterAPrefetchFailed_reportsItAndLaterChunksStillCome() throws IOException {
    ManualChunks chunks = new ManualChunks();
    chunks.get(0);
    chunks.arrive(0);
    SegmentInputStream in = new SegmentInputStream(chunks, CHUNK, 0, 4 * CHUNK - 1, 3, 1);
    assertThat(in.skip(CHUNK - 1)).isEqualTo(CHUNK - 1);
    assertThat(in.read()).isEqualTo(0);
    chunks.fail(1);
    chunks.arrive(2);
    assertThat(chunks.futures.keySet()).containsExactly(0, 1, 2, 3);
    assertThatThrownBy(in::read)
        .isInstanceOf(ObjectStoreException.class)
        .hasMessageContaining("GET failed");
  }

  @Test
  void constructor_withoutLanes_isRefused() {
    assertThatThrownBy(() -> new SegmentInputStream(new ManualChunks(), CHUNK, 0, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lanes");
  }

  private static void awaitRequests(ManualChunks chunks, int count) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      synchronized (chunks) {
        if (chunks.requested.size() >= count) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Only " + chunks.requested + " requested");
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void read_reportsTheWaitOnlyOfAChunkNotYetArrived() throws Exception {
    ManualChunks chunks = new ManualChunks();
    chunks.get(0);
    chunks.arrive(0);
    List<Long> waits = new CopyOnWriteArrayList<>();
    SegmentInputStream in =
        new SegmentInputStream(chunks, CHUNK, 0, 2 * CHUNK - 1, 0, 1, waits::add, false);

    assertThat(in.readNBytes(CHUNK)).containsOnly(0);
    assertThat(waits).as("chunk 0 had arrived").isEmpty();

    byte[][] second = new byte[1][];
    Thread reader =
        new Thread(
            () -> {
              try {
                second[0] = in.readNBytes(CHUNK);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    reader.start();
    // Blocked on chunk 1, which it asked for: only now does the chunk arrive.
    while (chunks.pending().isEmpty() || reader.getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }
    chunks.arrive(1);
    reader.join();
    assertThat(second[0]).containsOnly(1);
    assertThat(waits).as("one wait, for chunk 1").hasSize(1);
  }

  @Test
  void read_ofAChunkWhosePrefetchFoundNoRoom_fetchesItThen() throws IOException {
    ManualChunks chunks = new ManualChunks();
    for (int i = 0; i < 4; i++) {
      chunks.get(i);
      chunks.arrive(i);
    }
    chunks.requested.clear();
    chunks.noRoom.addAll(List.of(1, 2, 3));
    try (SegmentInputStream in = new SegmentInputStream(chunks, CHUNK, 0, 4 * CHUNK - 1, 3, 1)) {
      byte[] all = in.readAllBytes();

      assertThat(all).hasSize(4 * CHUNK);
      for (int i = 0; i < all.length; i++) {
        assertThat(all[i]).isEqualTo((byte) (i / CHUNK));
      }
    }
    assertThat(chunks.requested)
        .as("each chunk asked for when read, none prefetched")
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void chunks_countAsPassedOnceAReaderIsAMarginPastThem() throws IOException {
    int chunkSize = 512 << 10;
    Set<Integer> passed = new TreeSet<>();
    SegmentInputStream.Chunks big = zeroChunks(chunkSize, passed);
    long margin = SegmentInputStream.PASSED_MARGIN_BYTES;
    long end = 6L * chunkSize - 1;
    try (SegmentInputStream in = new SegmentInputStream(big, chunkSize, 0, end, 0, 1)) {
      in.readNBytes((int) (chunkSize + margin - 1));
      assertThat(passed).as("not yet a margin past chunk 0").isEmpty();
      in.readNBytes(1);
    }
    assertThat(passed).containsExactly(0);
    // The next fetch starts a little before where the last stopped, in the record batch that the
    // last one cut: chunks 1 and 2, within the margin then, count as passed once it reads on.
    try (SegmentInputStream in =
        new SegmentInputStream(big, chunkSize, chunkSize + margin - 100, end, 0, 1)) {
      in.readAllBytes();
    }
    assertThat(passed).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aStreamReadToTheEndOfTheLog_passesEveryChunk_whenItCloses() throws IOException {
    Set<Integer> passed = new TreeSet<>();
    SegmentInputStream.Chunks one = zeroChunks(CHUNK, passed);
    try (SegmentInputStream in =
        new SegmentInputStream(one, CHUNK, 0, CHUNK - 1, 2, 1, nanos -> {}, true)) {
      in.readNBytes(CHUNK - 1);
    }
    assertThat(passed).as("one byte of the log left: the next fetch comes back").isEmpty();
    try (SegmentInputStream in =
        new SegmentInputStream(one, CHUNK, 0, CHUNK - 1, 2, 1, nanos -> {}, true)) {
      in.readAllBytes();
    }
    assertThat(passed).as("a segment of one chunk, read whole").containsExactly(0);
  }

  /** Chunks of zeros, held at once; the chunks reported passed go to {@code passed}. */
  private static SegmentInputStream.Chunks zeroChunks(int chunkSize, Set<Integer> passed) {
    return new SegmentInputStream.Chunks() {
      @Override
      public CompletableFuture<ChunkBytes> get(int index) {
        return CompletableFuture.completedFuture(ChunkBytes.of(new byte[chunkSize]));
      }

      @Override
      public void passed(int index) {
        passed.add(index);
      }
    };
  }
}
