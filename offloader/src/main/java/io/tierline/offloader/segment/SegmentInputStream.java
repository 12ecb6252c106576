package io.tierline.offloader.segment;

import io.tierline.offloader.ObjectStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * The original bytes of a segment between two positions, fetched chunk by chunk as the caller
 * reads. Nothing is fetched before the first read; from then on the next {@code prefetch} chunks
 * are fetched in the background, in order: chunk {@code i + lanes} is asked for only once chunk
 * {@code i} has arrived, so at most {@code lanes} chunks are requested at a time. Requests issued
 * all at once share the bandwidth and arrive together, the chunk needed now among the last; in
 * order, the next chunk arrives first. Prefetches outlive the stream: what they fetch goes to the
 * shared cache, where the next stream on the segment finds it. Not thread-safe, like any stream.
 */
final class SegmentInputStream extends InputStream {
  private record Pending(int index, CompletableFuture<ChunkBytes> chunk) {}

  private final IntFunction<CompletableFuture<ChunkBytes>> chunks;
  private final int chunkSize;
  private final long end;
  private final int lastChunk;
  private final int prefetch;
  private final int lanes;
  private final LongConsumer waited;
  private final ArrayDeque<Pending> ahead = new ArrayDeque<>();
  private long position;
  private ChunkBytes current;
  private int currentIndex = -1;
  private boolean closed;

  /**
   * Serves [{@code start}, {@code end}]; {@code end < start} is an empty stream. {@code lanes}
   * ({@code >= 1}) bounds the chunks requested at a time.
   */
  SegmentInputStream(IntFunction<CompletableFuture<ChunkBytes>> chunks, int chunkSize, long start,
      long end, int prefetch, int lanes) {
    this(chunks, chunkSize, start, end, prefetch, lanes, nanos -> { });
  }

  /** As above; {@code waited} hears the nanoseconds of each read that waited for a chunk. */
  SegmentInputStream(IntFunction<CompletableFuture<ChunkBytes>> chunks, int chunkSize, long start,
      long end, int prefetch, int lanes, LongConsumer waited) {
    if (lanes < 1) {
      throw new IllegalArgumentException("lanes must be >= 1: " + lanes);
    }
    this.chunks = chunks;
    this.chunkSize = chunkSize;
    this.position = start;
    this.end = end;
    this.lastChunk = end < start ? -1 : (int) (end / chunkSize);
    this.prefetch = prefetch;
    this.lanes = lanes;
    this.waited = waited;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("Stream closed");
    }
    if (position > end) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    int index = (int) (position / chunkSize);
    if (index != currentIndex) {
      load(index);
    }
    int inChunk = (int) (position - (long) index * chunkSize);
    int n = (int) Math.min(Math.min(len, current.length() - inChunk), end - position + 1);
    System.arraycopy(current.array(), current.offset() + inChunk, b, off, n);
    position += n;
    return n;
  }

  @Override
  public long skip(long n) {
    long skipped = Math.max(0, Math.min(n, end + 1 - position));
    position += skipped;
    return skipped;
  }

  @Override
  public int available() {
    if (closed || position > end || current == null || (int) (position / chunkSize) != currentIndex) {
      return 0;
    }
    return (int) Math.min(current.length() - (position - (long) currentIndex * chunkSize),
        end - position + 1);
  }

  @Override
  public void close() {
    // Fetches in flight may be shared with other readers through the cache: let them finish.
    closed = true;
    ahead.clear();
    current = null;
  }

  private void load(int index) {
    while (!ahead.isEmpty() && ahead.peekFirst().index() < index) {
      ahead.pollFirst();
    }
    CompletableFuture<ChunkBytes> chunk =
        !ahead.isEmpty() && ahead.peekFirst().index() == index
            ? ahead.pollFirst().chunk()
            : chunks.apply(index);
    int next = ahead.isEmpty() ? index + 1 : ahead.peekLast().index() + 1;
    while (ahead.size() < prefetch && next <= lastChunk) {
      int wanted = next;
      CompletableFuture<ChunkBytes> before = futureOf(wanted - lanes, index, chunk);
      // A failed chunk does not stop the ones after it; failures are not cached, so the next
      // stream that reads it fetches it again.
      ahead.addLast(new Pending(wanted, before == null ? chunks.apply(wanted)
          : before.handle((bytes, failure) -> wanted).thenCompose(chunks::apply)));
      next++;
    }
    if (chunk.isDone()) {
      current = join(chunk);
    } else {
      long start = System.nanoTime();
      try {
        current = join(chunk);
      } finally {
        waited.accept(System.nanoTime() - start);
      }
    }
    currentIndex = index;
  }

  /** The request for chunk {@code i} that this stream holds, or null if it holds none. */
  private CompletableFuture<ChunkBytes> futureOf(int i, int loading, CompletableFuture<ChunkBytes> chunk) {
    if (i == loading) {
      return chunk;
    }
    for (Pending pending : ahead) {
      if (pending.index() == i) {
        return pending.chunk();
      }
    }
    return null;
  }

  private static ChunkBytes join(CompletableFuture<ChunkBytes> chunk) {
    try {
      return chunk.join();
    } catch (CompletionException | CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof ObjectStoreException ose) {
        throw ose;
      }
      throw new ObjectStoreException("Cannot fetch a chunk: " + cause, cause);
    }
  }
}
