package io.tierline.offloader.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/**
 * Reproducible pseudo-random bytes from a seed, streamed so that a test can make a segment of any
 * size on disk and check what it reads back by length and CRC32C, without holding it in memory.
 */
public final class RandomData {
  private static final int BLOCK = 1 << 20;

  private RandomData() {}

  /** What a stream held: its length and the CRC32C of its bytes. */
  public record Digest(long length, long crc32c) {}

  /** Writes {@code size} bytes from {@code seed} to {@code file}; returns their digest. */
  public static Digest write(Path file, long size, long seed) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      return generate(size, seed, out);
    }
  }

  /** The digest of the bytes {@link #write} would produce, computed without writing anything. */
  public static Digest digestOf(long size, long seed) throws IOException {
    return generate(size, seed, OutputStream.nullOutputStream());
  }

  /** {@code size} bytes from {@code seed}, in memory; for small cases. */
  public static byte[] bytes(int size, long seed) {
    byte[] data = new byte[size];
    fill(new SplittableRandom(seed), data, size);
    return data;
  }

  private static Digest generate(long size, long seed, OutputStream out) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] block = new byte[BLOCK];
    CRC32C crc = new CRC32C();
    for (long left = size; left > 0; ) {
      int n = (int) Math.min(BLOCK, left);
      fill(random, block, n);
      crc.update(block, 0, n);
      out.write(block, 0, n);
      left -= n;
    }
    return new Digest(size, crc.getValue());
  }

  /** Reads {@code in} to its end; returns what it held. */
  public static Digest digest(InputStream in) throws IOException {
    byte[] block = new byte[64 << 10];
    CRC32C crc = new CRC32C();
    long length = 0;
    for (int n; (n = in.read(block)) >= 0; ) {
      crc.update(block, 0, n);
      length += n;
    }
    return new Digest(length, crc.getValue());
  }

  private static void fill(SplittableRandom random, byte[] block, int n) {
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long v = random.nextLong();
      for (int b = 0; b < 8; b++) {
        block[i + b] = (byte) (v >>> (b * 8));
      }
    }
    for (; i < n; i++) {
      block[i] = (byte) random.nextInt();
    }
  }
}
