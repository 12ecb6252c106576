package io.tierline.offloader;

/** A non-empty range of bytes, both ends inclusive, as in an HTTP {@code Range} header. */
public record ByteRange(long first, long last) {
  public ByteRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("Invalid byte range [" + first + ", " + last + "]");
    }
  }

  public static ByteRange of(long first, long last) {
    return new ByteRange(first, last);
  }

  /** The {@code length} bytes that start at {@code first}; {@code length} must be positive. */
  public static ByteRange ofLength(long first, long length) {
    if (length <= 0) {
      throw new IllegalArgumentException("Byte range length must be positive: " + length);
    }
    return new ByteRange(first, Math.addExact(first, length - 1));
  }

  public long length() {
    return last - first + 1;
  }
}
