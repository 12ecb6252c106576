package io.tierline.offloader.segment;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Turns a log file into the bytes of its stored object: the file is cut into chunks, each chunk
 * is compressed if asked and checksummed (CRC32C over the stored bytes), and the chunks follow each
 * other. Pulls one chunk at a time, so it holds at most two chunk buffers; the chunk list is
 * complete once the stream has been read to its end.
 */
final class ChunkingInputStream extends InputStream {
  /** zstd level 1: the fastest, and segments are read far more often than written. */
  static final int ZSTD_LEVEL = 1;

  private final InputStream log;
  private final int chunkSize;
  private final Compression compression;
  private final UploadRateLimiter rateLimiter;
  private final byte[] original;
  private final List<SegmentManifest.Chunk> chunks = new ArrayList<>();
  private byte[] stored;
  private int storedLength;
  private int storedPosition;
  private long originalOffset;
  private long storedOffset;
  private boolean eof;

  ChunkingInputStream(InputStream log, int chunkSize, Compression compression,
      UploadRateLimiter rateLimiter) {
    this.log = log;
    this.chunkSize = chunkSize;
    this.compression = compression;
    this.rateLimiter = rateLimiter;
    this.original = new byte[chunkSize];
    this.stored = compression == Compression.ZSTD ? new byte[(int) Zstd.compressBound(chunkSize)] : original;
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
    if (storedPosition == storedLength && !nextChunk()) {
      return -1;
    }
    int n = Math.min(len, storedLength - storedPosition);
    System.arraycopy(stored, storedPosition, b, off, n);
    storedPosition += n;
    return n;
  }

  private boolean nextChunk() throws IOException {
    if (eof) {
      return false;
    }
    if (rateLimiter != null) {
      rateLimiter.acquire(chunkSize);
    }
    int n = log.readNBytes(original, 0, chunkSize);
    if (n < chunkSize) {
      eof = true;
    }
    if (n == 0) {
      return false;
    }
    if (compression == Compression.ZSTD) {
      long size = Zstd.compressByteArray(stored, 0, stored.length, original, 0, n, ZSTD_LEVEL);
      if (Zstd.isError(size)) {
        throw new IOException("zstd failed: " + Zstd.getErrorName(size));
      }
      storedLength = (int) size;
    } else {
      storedLength = n;
    }
    storedPosition = 0;
    CRC32C crc = new CRC32C();
    crc.update(stored, 0, storedLength);
    chunks.add(new SegmentManifest.Chunk(
        originalOffset, n, storedOffset, storedLength, (int) crc.getValue()));
    originalOffset += n;
    storedOffset += storedLength;
    return true;
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
