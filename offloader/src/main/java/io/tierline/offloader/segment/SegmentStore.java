package io.tierline.offloader.segment;

import io.tierline.offloader.StorageClass;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.io.InputStream;

/**
 * Stores closed log segments as chunked, checksummed, optionally compressed objects, and reads any
 * byte range of them back. Thread-safe: one instance serves concurrent uploads, reads and deletes.
 *
 * <p>Each segment becomes three objects: the log, one object holding every index, and a manifest.
 * The manifest is written last, so a segment whose upload failed part-way is never readable.
 */
public interface SegmentStore extends AutoCloseable {

  /**
   * Uploads the segment, then its manifest, in the STANDARD storage class; see {@link
   * #upload(SegmentCoordinates, SegmentSource, StorageClass)}.
   */
  default SegmentManifest upload(SegmentCoordinates segment, SegmentSource source) {
    return upload(segment, source, StorageClass.STANDARD);
  }

  /**
   * Uploads the segment, then its manifest. On failure, deletes what it wrote (best effort) and
   * throws. Memory stays bounded whatever the size of the segment.
   *
   * @param storageClass the class every object of the segment is stored in, where the object store
   *     has classes ({@link io.tierline.offloader.SupportsStorageClass}); the manifest records it
   *     in any case
   */
  SegmentManifest upload(
      SegmentCoordinates segment, SegmentSource source, StorageClass storageClass);

  /**
   * A lazy stream over the original (uncompressed) log bytes from {@code startPosition} to the end
   * of the segment. Nothing is fetched until the caller reads (the manifest excepted, which is
   * cached). A {@code startPosition} equal to the segment's size gives an empty stream. The
   * stream's {@code read} throws {@link io.tierline.offloader.CorruptedDataException} for a chunk
   * that fails its checksum, and other {@link io.tierline.offloader.ObjectStoreException}s when a
   * fetch fails; these are unchecked.
   *
   * @throws io.tierline.offloader.ObjectNotFoundException if the segment has no manifest
   * @throws IllegalArgumentException if {@code startPosition} is negative or past the end
   */
  InputStream openLog(SegmentCoordinates segment, long startPosition);

  /**
   * As {@link #openLog(SegmentCoordinates, long)}, up to and including {@code endPosition}; an
   * {@code endPosition} past the end of the segment is cut at the end.
   *
   * @throws IllegalArgumentException if {@code endPosition < startPosition}
   */
  InputStream openLog(SegmentCoordinates segment, long startPosition, long endPosition);

  /**
   * As {@link #openLog(SegmentCoordinates, long, long)}, told that the segment after this one in
   * its partition starts at {@code nextBaseOffset}. A store may use that to fetch the start of the
   * next segment while this one is read to its end, as a consumer catching up will go on into it.
   * The default ignores the hint.
   */
  default InputStream openLog(
      SegmentCoordinates segment, long startPosition, long endPosition, long nextBaseOffset) {
    return openLog(segment, startPosition, endPosition);
  }

  /**
   * The bytes of one index.
   *
   * @throws io.tierline.offloader.ObjectNotFoundException if the segment, or this index of it, does
   *     not exist (a segment without a transaction index, for example)
   */
  InputStream openIndex(SegmentCoordinates segment, IndexType type);

  /** Deletes every object of the segment. Deleting a segment that is already gone succeeds. */
  void delete(SegmentCoordinates segment);

  @Override
  void close();
}
