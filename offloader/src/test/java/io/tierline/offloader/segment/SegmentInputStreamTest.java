package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoreUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SegmentInputStreamTest {
  private static final int CHUNK = 4;

  /** Chunks whose requests the test completes by hand; chunk i holds bytes of value i. */
  private static final class ManualChunks implements IntFunction<CompletableFuture<ChunkBytes>> {
    final List<Integer> requested = new ArrayList<>();
    final Map<Integer, CompletableFuture<ChunkBytes>> futures = new TreeMap<>();

    @Override
    public synchronized CompletableFuture<ChunkBytes> apply(int index) {
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
      return futures.entrySet().stream().filter(e -> !e.getValue().isDone()).map(Map.Entry::getKey).toList();
    }
  }

  @Test
  void read_withOneLane_asksForEachPrefetchedChunkOnlyAfterThePreviousArrived() throws IOException {
    ManualChunks chunks = new ManualChunks();
    chunks.apply(0);
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
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> {
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
    chunks.apply(0);
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
    chunks.apply(0);
    chunks.arrive(0);
    SegmentInputStream in = new SegmentInputStream(chunks, CHUNK, 0, 4 * CHUNK - 1, 3, 1);
    assertThat(in.skip(CHUNK - 1)).isEqualTo(CHUNK - 1);
    assertThat(in.read()).isEqualTo(0);
    chunks.fail(1);
    chunks.arrive(2);
    assertThat(chunks.futures.keySet()).containsExactly(0, 1, 2, 3);
    assertThatThrownBy(in::read).isInstanceOf(ObjectStoreException.class).hasMessageContaining("GET failed");
  }

  @Test
  void constructor_withoutLanes_isRefused() {
    assertThatThrownBy(() -> new SegmentInputStream(new ManualChunks(), CHUNK, 0, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lanes");
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
    chunks.apply(0);
    chunks.arrive(0);
    List<Long> waits = new CopyOnWriteArrayList<>();
    SegmentInputStream in = new SegmentInputStream(chunks, CHUNK, 0, 2 * CHUNK - 1, 0, 1, waits::add);

    assertThat(in.readNBytes(CHUNK)).containsOnly(0);
    assertThat(waits).as("chunk 0 had arrived").isEmpty();

    byte[][] second = new byte[1][];
    Thread reader = new Thread(() -> {
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
}
