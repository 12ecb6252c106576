package io.tierline.offloader.segment.read;

/**
 * The original bytes of one chunk: {@code length} bytes of {@code array} from {@code offset}.
 * Uncompressed chunks fetched in one GET share that GET's array, saving a copy of each.
 */
record ChunkBytes(byte[] array, int offset, int length) {
  ChunkBytes {
    if (offset < 0 || length < 0 || offset + length > array.length) {
      throw new IllegalArgumentException("slice " + offset + "+" + length + " of " + array.length);
    }
  }

  static ChunkBytes of(byte[] array) {
    return new ChunkBytes(array, 0, array.length);
  }

  /**
   * What holding this chunk costs: the whole shared array. Counting it once per chunk overstates
   * the memory of chunks that share an array, so a cache bound on it is never exceeded.
   */
  int weight() {
    return array.length;
  }
}
