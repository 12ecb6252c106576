package io.tierline.offloader.segment.format;

import io.tierline.offloader.StorageClass;
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
 * @param encryption how the chunks are encrypted, if they are (format version 2 or 3)
 * @param storageClass the S3 storage class the segment's objects were stored in (format version 3
 *     when not STANDARD; versions 1 and 2 mean STANDARD)
 */
public record SegmentManifest(
    int formatVersion,
    long originalSize,
    long storedSize,
    Compression compression,
    int chunkSizeBytes,
    List<Chunk> chunks,
    Map<IndexType, IndexEntry> indexes,
    Optional<Encryption> encryption,
    StorageClass storageClass) {

  public static final int CURRENT_FORMAT_VERSION = ManifestCodec.FORMAT_VERSION;

  /** The largest chunk any manifest may describe; a reader sizes one buffer by a chunk. */
  public static final int MAX_CHUNK_SIZE_BYTES = 64 << 20;

  /**
   * Everything a reader relies on is checked here, so that a manifest whose checksum is valid but
   * whose contents lie is refused before any buffer is sized from it: chunks that follow each other
   * and add up to the totals, a chunk size within {@link #MAX_CHUNK_SIZE_BYTES}, stored lengths
   * that the compression can produce (the original length when uncompressed), and indexes laid one
   * after another from offset 0 in code order, as the writer lays them.
   */
  public SegmentManifest {
    Objects.requireNonNull(compression, "compression");
    Objects.requireNonNull(encryption, "encryption");
    Objects.requireNonNull(storageClass, "storageClass");
    chunks = List.copyOf(chunks);
    indexes = indexes.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(indexes));
    if (chunkSizeBytes <= 0 || chunkSizeBytes > MAX_CHUNK_SIZE_BYTES) {
      throw new IllegalArgumentException(
          "chunkSizeBytes must be in [1, " + MAX_CHUNK_SIZE_BYTES + "]: " + chunkSizeBytes);
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
      int tag = encryption.isPresent() ? Encryption.TAG_BYTES : 0;
      if (c.storedLength() > maxStoredLength(compression, c.originalLength()) + tag
          || c.storedLength() <= tag
          || (compression == Compression.NONE && c.storedLength() != c.originalLength() + tag)) {
        throw new IllegalArgumentException(
            "chunk "
                + i
                + " claims "
                + c.storedLength()
                + " stored bytes for "
                + c.originalLength()
                + " original bytes, which "
                + compression
                + (encryption.isPresent() ? " and encryption" : "")
                + " cannot produce");
      }
      original += c.originalLength();
      stored += c.storedLength();
    }
    long indexOffset = 0;
    for (IndexType type : IndexType.values()) {
      IndexEntry e = indexes.get(type);
      if (e == null) {
        continue;
      }
      if (e.offset() != indexOffset) {
        throw new IllegalArgumentException(
            "the " + type + " index starts at " + e.offset() + ", not at " + indexOffset);
      }
      indexOffset += e.length();
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

  /** A manifest of a segment stored in the STANDARD class. */
  public SegmentManifest(
      int formatVersion,
      long originalSize,
      long storedSize,
      Compression compression,
      int chunkSizeBytes,
      List<Chunk> chunks,
      Map<IndexType, IndexEntry> indexes,
      Optional<Encryption> encryption) {
    this(
        formatVersion,
        originalSize,
        storedSize,
        compression,
        chunkSizeBytes,
        chunks,
        indexes,
        encryption,
        StorageClass.STANDARD);
  }

  /** A manifest of chunks that are not encrypted, stored in the STANDARD class. */
  public SegmentManifest(
      int formatVersion,
      long originalSize,
      long storedSize,
      Compression compression,
      int chunkSizeBytes,
      List<Chunk> chunks,
      Map<IndexType, IndexEntry> indexes) {
    this(
        formatVersion,
        originalSize,
        storedSize,
        compression,
        chunkSizeBytes,
        chunks,
        indexes,
        Optional.empty());
  }

  /**
   * The most bytes that {@code compression} stores for {@code originalLength} bytes: zstd's
   * documented bound ({@code ZSTD_COMPRESSBOUND}), the length itself uncompressed.
   */
  static long maxStoredLength(Compression compression, int originalLength) {
    if (compression == Compression.NONE) {
      return originalLength;
    }
    long small = 128 << 10;
    return originalLength
        + (originalLength >> 8)
        + (originalLength < small ? (small - originalLength) >> 11 : 0);
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

  /**
   * One index inside the index object, with the CRC32C of its bytes (0 for an empty index, as the
   * CRC32C of nothing is).
   */
  public record IndexEntry(long offset, long length, int crc32c) {
    public IndexEntry {
      if (offset < 0 || length < 0 || offset > Long.MAX_VALUE - length) {
        throw new IllegalArgumentException("invalid index entry " + offset + "+" + length);
      }
      if (length == 0 && crc32c != 0) {
        throw new IllegalArgumentException(
            "an empty index has CRC32C 0, not " + Integer.toHexString(crc32c));
      }
    }
  }
}
