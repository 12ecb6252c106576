package io.tierline.offloader.segment.write;

import com.github.luben.zstd.Zstd;
import io.tierline.offloader.ChunkAligned;
import io.tierline.offloader.segment.crypt.ChunkCipher;
import io.tierline.offloader.segment.format.Encryption;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.zip.CRC32C;

/**
 * Turns a log file into the bytes of its stored object: the file is cut into chunks, each chunk is
 * compressed if asked and checksummed (CRC32C over the stored bytes), and the chunks follow each
 * other. With compression, up to {@link #COMPRESS_AHEAD} chunks are compressed in parallel on the
 * given executor, so that one thread's zstd speed does not cap the upload; memory stays at a few
 * chunks. With a {@link ChunkCipher}, each chunk is then encrypted. The chunk list is complete once
 * the stream has been read to its end.
 */
final class ChunkingInputStream extends InputStream implements ChunkAligned {
  /** zstd level 1: the fastest, and segments are read far more often than written. */
  static final int ZSTD_LEVEL = 1;

  static final int COMPRESS_AHEAD = 2;

  private record Stored(byte[] bytes, int length, int originalLength, int crc32c) {}

  private final InputStream log;
  private final int chunkSize;
  private final boolean zstd;
  private final UploadRateLimiter rateLimiter;
  private final Executor compressors;
  private final ChunkCipher cipher;
  private final ArrayDeque<CompletableFuture<Stored>> ahead = new ArrayDeque<>();
  private final List<SegmentManifest.Chunk> chunks = new ArrayList<>();
  private byte[] raw;
  private Stored current;
  private int position;
  private long originalOffset;
  private long storedOffset;
  private boolean eof;

  ChunkingInputStream(
      InputStream log,
      int chunkSize,
      boolean zstd,
      UploadRateLimiter rateLimiter,
      Executor compressors,
      ChunkCipher cipher) {
    this.log = log;
    this.cipher = cipher;
    this.chunkSize = chunkSize;
    this.zstd = zstd;
    this.rateLimiter = rateLimiter;
    this.compressors = compressors;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if ((current == null || position == current.length()) && !nextChunk()) {
      return -1;
    }
    int n = Math.min(len, current.length() - position);
    System.arraycopy(current.bytes(), position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public int bytesToChunkEnd() {
    return current == null ? 0 : current.length() - position;
  }

  @Override
  public int maxChunkBytes() {
    return (zstd ? (int) Zstd.compressBound(chunkSize) : chunkSize)
        + (cipher == null ? 0 : Encryption.TAG_BYTES);
  }

  private boolean nextChunk() throws IOException {
    if (!zstd) {
      current = readRaw();
    } else {
      while (ahead.size() < COMPRESS_AHEAD && !eof) {
        byte[] original = readOriginal();
        if (original.length > 0) {
          ahead.add(CompletableFuture.supplyAsync(() -> compress(original), compressors));
        }
      }
      current = ahead.isEmpty() ? null : join(ahead.poll());
    }
    if (current == null) {
      return false;
    }
    if (cipher != null) {
      // Compressed first: ciphertext does not compress. The CRC covers what is stored.
      byte[] sealed = cipher.seal(chunks.size(), current.bytes(), 0, current.length());
      current =
          new Stored(
              sealed, sealed.length, current.originalLength(), crc32c(sealed, sealed.length));
    }
    position = 0;
    chunks.add(
        new SegmentManifest.Chunk(
            originalOffset,
            current.originalLength(),
            storedOffset,
            current.length(),
            current.crc32c()));
    originalOffset += current.originalLength();
    storedOffset += current.length();
    return true;
  }

  /** The next chunk as is, in one reused buffer; null at the end. */
  private Stored readRaw() throws IOException {
    if (raw == null) {
      raw = new byte[chunkSize];
    }
    int n = fill(raw);
    return n == 0 ? null : new Stored(raw, n, n, cipher == null ? crc32c(raw, n) : 0);
  }

  private byte[] readOriginal() throws IOException {
    byte[] buffer = new byte[chunkSize];
    int n = fill(buffer);
    return n == chunkSize ? buffer : Arrays.copyOf(buffer, n);
  }

  private int fill(byte[] buffer) throws IOException {
    if (eof) {
      return 0;
    }
    if (rateLimiter != null) {
      rateLimiter.acquire(chunkSize);
    }
    int n = log.readNBytes(buffer, 0, chunkSize);
    eof = n < chunkSize;
    return n;
  }

  private static Stored compress(byte[] original) {
    byte[] out = new byte[(int) Zstd.compressBound(original.length)];
    long size =
        Zstd.compressByteArray(out, 0, out.length, original, 0, original.length, ZSTD_LEVEL);
    if (Zstd.isError(size)) {
      throw new IllegalStateException("zstd failed: " + Zstd.getErrorName(size));
    }
    return new Stored(out, (int) size, original.length, crc32c(out, (int) size));
  }

  private static Stored join(CompletableFuture<Stored> chunk) throws IOException {
    try {
      return chunk.join();
    } catch (CompletionException e) {
      throw new IOException("Cannot compress a chunk: " + e.getCause(), e.getCause());
    }
  }

  private static int crc32c(byte[] data, int length) {
    CRC32C crc = new CRC32C();
    crc.update(data, 0, length);
    return (int) crc.getValue();
  }

  /** The chunks produced so far; all of them once the stream is exhausted. */
  List<SegmentManifest.Chunk> chunks() {
    return chunks;
  }

  long originalSize() {
    return originalOffset;
  }

  long storedSize() {
    return storedOffset;
  }
}
