package io.tierline.offloader.segment.format;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader needs to serve a segment: its chunks (original and stored offsets, checksums), its
 * compression, and where each index sits in the index object. Written as the last object of a
 * segment; the binary format is versioned (see {@code ManifestCodec}).
 *
 * @param formatVersion the manifest format this was read from or will be written as
 * @param originalSize bytes of the original log file
 * @param storedSize bytes of the stored log object (after compression)
 * @param compression how every chunk is stored
 * @param chunkSizeBytes original bytes per chunk; every chunk but the last has exactly this many
 * @param chunks the chunks in order
 * @param indexes where each index that exists sits in the index object
 */
public record SegmentManifest(
    int formatVersion,
    long originalSize,
    long storedSize,
    Compression compression,
    int chunkSizeBytes,
    List<Chunk> chunks,
    Map<IndexType, IndexEntry> indexes) {

  public static final int CURRENT_FORMAT_VERSION = ManifestCodec.FORMAT_VERSION;

  public SegmentManifest {
    Objects.requireNonNull(compression, "compression");
    chunks = List.copyOf(chunks);
    indexes = indexes.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(indexes));
    if (chunkSizeBytes <= 0) {
      throw new IllegalArgumentException("chunkSizeBytes must be positive: " + chunkSizeBytes);
    }
    long original = 0;
    long stored = 0;
    for (int i = 0; i < chunks.size(); i++) {
      Chunk c = chunks.get(i);
      boolean last = i == chunks.size() - 1;
      if (c.originalOffset() != original
          || c.storedOffset() != stored
          || c.originalLength() > chunkSizeBytes
          || (!last && c.originalLength() != chunkSizeBytes)) {
        throw new IllegalArgumentException("chunk " + i + " does not follow its predecessor: " + c);
      }
      original += c.originalLength();
      stored += c.storedLength();
    }
    if (original != originalSize || stored != storedSize) {
      throw new IllegalArgumentException(
          "chunks add up to "
              + original
              + "/"
              + stored
              + " bytes, manifest says "
              + originalSize
              + "/"
              + storedSize);
    }
  }

  /** The index of the chunk that holds original byte {@code position}. */
  public int chunkAt(long position) {
    if (position < 0 || position >= originalSize) {
      throw new IndexOutOfBoundsException(
          "position " + position + " outside [0, " + originalSize + ")");
    }
    return Math.toIntExact(position / chunkSizeBytes);
  }

  public Optional<IndexEntry> index(IndexType type) {
    return Optional.ofNullable(indexes.get(type));
  }

  /** One chunk of the log: where it sits in the original file and in the stored object. */
  public record Chunk(
      long originalOffset, int originalLength, long storedOffset, int storedLength, int crc32c) {
    public Chunk {
      if (originalOffset < 0 || storedOffset < 0 || originalLength <= 0 || storedLength <= 0) {
        throw new IllegalArgumentException(
            "invalid chunk "
                + originalOffset
                + "+"
                + originalLength
                + " stored at "
                + storedOffset
                + "+"
                + storedLength);
      }
    }
  }

  /** One index inside the index object, with the CRC32C of its bytes. */
  public record IndexEntry(long offset, long length, int crc32c) {
    public IndexEntry {
      if (offset < 0 || length < 0) {
        throw new IllegalArgumentException("invalid index entry " + offset + "+" + length);
      }
    }
  }
}
