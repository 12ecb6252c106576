package io.tierline.offloader.segment.read;

import io.tierline.offloader.ByteRange;
import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.segment.format.SegmentManifest;
import io.tierline.offloader.segment.read.ChunkCache.ChunkId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Reads single indexes out of a segment's indexes object, each checked against its CRC32C. The
 * broker asks for two or three indexes of a segment one after another, and one GET of all is
 * cheaper and quicker than one each: the whole object is fetched once and held in the read-ahead
 * buffer, when it fits there.
 */
final class IndexReader {
  /** The largest indexes object read whole: one array. */
  private static final long MAX_BUNDLE_BYTES = Integer.MAX_VALUE - 8;

  private final ReadAheadBuffer readAhead;

  IndexReader(ReadAheadBuffer readAhead) {
    this.readAhead = readAhead;
  }

  InputStream open(
      ObjectKey key,
      SegmentManifest manifest,
      SegmentManifest.IndexEntry entry,
      String name,
      SegmentReader.Fetch fetch) {
    if (entry.length() == 0) {
      return InputStream.nullInputStream();
    }
    byte[] bytes;
    int offset;
    ChunkBytes bundle = readAhead.maxBytes() == 0 ? null : bundle(key, manifest, fetch);
    if (bundle == null) {
      bytes = fetch.fetch(key, ByteRange.ofLength(entry.offset(), entry.length()));
      offset = 0;
    } else {
      bytes = bundle.array();
      offset = bundle.offset() + Math.toIntExact(entry.offset());
    }
    int length = Math.toIntExact(entry.length());
    if (bytes.length - offset < length
        || ChunkReader.crc32c(bytes, offset, length) != entry.crc32c()) {
      throw new CorruptedDataException(
          "Checksum mismatch in the "
              + name
              + " index (bytes "
              + entry.offset()
              + "+"
              + entry.length()
              + ") of object "
              + key);
    }
    return new ByteArrayInputStream(bytes, offset, length);
  }

  /**
   * The whole indexes object, from the read-ahead buffer or with one GET; null when it would not
   * fit in the buffer: then each index is fetched on its own.
   */
  ChunkBytes bundle(ObjectKey key, SegmentManifest manifest, SegmentReader.Fetch fetch) {
    ChunkId id = new ChunkId(key, 0);
    ChunkBytes held = readAhead.get(id);
    if (held != null) {
      return held;
    }
    long length =
        manifest.indexes().values().stream()
            .mapToLong(e -> e.offset() + e.length())
            .max()
            .orElse(0);
    if (length == 0) {
      return ChunkBytes.of(new byte[0]);
    }
    if (length > Math.min(readAhead.maxBytes(), MAX_BUNDLE_BYTES)) {
      return null;
    }
    ChunkBytes bundle = ChunkBytes.of(fetch.fetch(key, ByteRange.ofLength(0, length)));
    if (bundle.length() == length) {
      // A short one is not kept: its indexes fail their checksums, and the next try fetches again.
      readAhead.put(id, bundle);
    }
    return bundle;
  }
}
