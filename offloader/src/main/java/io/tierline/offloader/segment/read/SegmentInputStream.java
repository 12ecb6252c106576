package io.tierline.offloader.segment.read;

import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongConsumer;

/**
 * The original bytes of a segment between two positions, fetched chunk by chunk as the caller
 * reads. Nothing is fetched before the first read; from then on the next {@code prefetch} chunks
 * are fetched in the background, in order: chunk {@code i + lanes} is asked for only once chunk
 * {@code i} has arrived, so at most {@code lanes} chunks are requested at a time. Requests issued
 * all at once share the bandwidth and arrive together, the chunk needed now among the last; in
 * order, the next chunk arrives first. Prefetches outlive the stream: what they fetch goes to the
 * shared cache, where the next stream on the segment finds it. A prefetch may be refused when the
 * read-ahead buffer is full; the chunk is then fetched when it is read, and the next stream tries
 * to prefetch it again. Not thread-safe, like any stream.
 */
final class SegmentInputStream extends InputStream {
  /**
   * How far past a chunk's end a reader must be before the chunk counts as passed. The broker
   * starts each fetch at the record batch that the last fetch stopped in, which may begin in the
   * chunk before: a batch's length back, at most 1 MiB by Kafka's default.
   */
  static final long PASSED_MARGIN_BYTES = 1 << 20;

  /** Where a stream gets its chunks. */
  interface Chunks {
    /** The chunk: held, or fetched now. */
    CompletableFuture<ChunkBytes> get(int index);

    /**
     * The chunk, held or fetched now if there is room for it; completes with null if there is not.
     */
    default CompletableFuture<ChunkBytes> prefetch(int index) {
      return get(index);
    }

    /** The stream has gone past the chunk, and will not read it again. */
    default void passed(int index) {}
  }

  private record Pending(int index, CompletableFuture<ChunkBytes> chunk) {}

  private static final CompletableFuture<ChunkBytes> NO_ROOM =
      CompletableFuture.completedFuture(null);

  private final Chunks chunks;
  private final int chunkSize;
  private final long end;
  private final int lastChunk;
  private final int prefetch;
  private final int lanes;
  private final LongConsumer waited;
  private final ArrayDeque<Pending> ahead = new ArrayDeque<>();
  private long position;

  /** The first chunk not yet reported passed. */
  private int unpassed;

  /** Whether {@code end} is the last byte of the log, so that a stream past it is done with it. */
  private final boolean endsTheLog;

  private ChunkBytes current;
  private int currentIndex = -1;
  private boolean closed;

  /**
   * Serves [{@code start}, {@code end}]; {@code end < start} is an empty stream. {@code lanes}
   * ({@code >= 1}) bounds the chunks requested at a time.
   */
  SegmentInputStream(Chunks chunks, int chunkSize, long start, long end, int prefetch, int lanes) {
    this(chunks, chunkSize, start, end, prefetch, lanes, nanos -> {}, false);
  }

  /**
   * As above; {@code waited} hears the nanoseconds of each read that waited for a chunk, and {@code
   * endsTheLog} says that {@code end} is the log's last byte: a stream read past it reports every
   * chunk passed when it closes, since the broker goes on to the next segment. A segment of one
   * chunk would otherwise never have it passed.
   */
  SegmentInputStream(
      Chunks chunks,
      int chunkSize,
      long start,
      long end,
      int prefetch,
      int lanes,
      LongConsumer waited,
      boolean endsTheLog) {
    if (lanes < 1) {
      throw new IllegalArgumentException("lanes must be >= 1: " + lanes);
    }
    this.chunks = chunks;
    this.chunkSize = chunkSize;
    this.position = start;
    // The last stream stopped up to a batch after this one's start: the chunks that end within
    // the margin before the start may not have been reported yet.
    this.unpassed = (int) Math.max(0, Math.floorDiv(start - PASSED_MARGIN_BYTES, chunkSize));
    this.end = end;
    this.lastChunk = end < start ? -1 : (int) (end / chunkSize);
    this.prefetch = prefetch;
    this.lanes = lanes;
    this.waited = waited;
    this.endsTheLog = endsTheLog;
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
    if (inChunk >= current.length()) {
      // The manifest and the chunk readers check lengths; this keeps a lie that slipped past them
      // from looping on reads of nothing, or reading outside the chunk.
      throw new CorruptedDataException(
          "Chunk " + index + " holds " + current.length() + " bytes, none at offset " + inChunk);
    }
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
    if (closed
        || position > end
        || current == null
        || (int) (position / chunkSize) != currentIndex) {
      return 0;
    }
    return (int)
        Math.min(
            current.length() - (position - (long) currentIndex * chunkSize), end - position + 1);
  }

  @Override
  public void close() {
    // Fetches in flight may be shared with other readers through the cache: let them finish.
    if (!closed) {
      reportPassed();
      if (endsTheLog && position > end) {
        for (; unpassed <= lastChunk; unpassed++) {
          chunks.passed(unpassed);
        }
      }
    }
    closed = true;
    ahead.clear();
    current = null;
  }

  private void load(int index) {
    reportPassed();
    while (!ahead.isEmpty() && ahead.peekFirst().index() < index) {
      ahead.pollFirst();
    }
    CompletableFuture<ChunkBytes> chunk =
        !ahead.isEmpty() && ahead.peekFirst().index() == index
            ? ahead.pollFirst().chunk()
            : chunks.get(index);
    int next = ahead.isEmpty() ? index + 1 : ahead.peekLast().index() + 1;
    while (ahead.size() < prefetch && next <= lastChunk) {
      int wanted = next;
      CompletableFuture<ChunkBytes> before = futureOf(wanted - lanes, index, chunk);
      CompletableFuture<ChunkBytes> request;
      if (before == null) {
        request = chunks.prefetch(wanted);
        if (request.isDone() && !request.isCompletedExceptionally() && request.join() == null) {
          break; // no room: the next chunk loaded, or the next stream, asks again
        }
      } else {
        // A failed chunk does not stop the ones after it; failures are not cached, so the next
        // stream that reads it fetches it again. One that found no room does: a deeper prefetch
        // would take the room that the chunks before it need.
        request =
            before
                .handle((bytes, failure) -> failure != null || bytes != null)
                .thenCompose(room -> room ? chunks.prefetch(wanted) : NO_ROOM);
      }
      ahead.addLast(new Pending(wanted, request));
      next++;
    }
    ChunkBytes arrived = chunk.isDone() ? join(chunk) : null;
    if (arrived == null) {
      long start = System.nanoTime();
      try {
        arrived = join(chunk);
        if (arrived == null) {
          arrived = join(chunks.get(index)); // its prefetch found no room
        }
      } finally {
        waited.accept(System.nanoTime() - start);
      }
    }
    current = arrived;
    currentIndex = index;
  }

  /** Reports the chunks, from the one before this stream's start on, that it is far enough past. */
  private void reportPassed() {
    long through = (position - PASSED_MARGIN_BYTES) / chunkSize - 1;
    for (; unpassed <= through; unpassed++) {
      chunks.passed(unpassed);
    }
  }

  /** The request for chunk {@code i} that this stream holds, or null if it holds none. */
  private CompletableFuture<ChunkBytes> futureOf(
      int i, int loading, CompletableFuture<ChunkBytes> chunk) {
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
