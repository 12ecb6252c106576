package io.tierline.offloader;

import java.io.InputStream;

/**
 * The one seam between the offloader and a storage backend: S3, MinIO or a local filesystem.
 *
 * <p>Implementations are thread-safe. Every method reports failures as {@link ObjectStoreException}
 * subclasses: {@link ObjectNotFoundException} when the object does not exist, {@link
 * StoreUnavailableException} when the backend cannot be reached or keeps failing after retries.
 *
 * <p>Only what every backend must do is here. Further abilities are separate interfaces that a
 * backend implements if it can, such as {@link SupportsListing} and {@link SupportsReadFully};
 * callers check for them with {@code instanceof}.
 */
public interface ObjectStore extends AutoCloseable {

  /**
   * Stores every byte that {@code data} yields under {@code key}, replacing any object there.
   *
   * <p>The object becomes visible whole or not at all: on any failure the implementation removes
   * what it wrote (temporary files, unfinished multipart uploads) before it throws. Memory stays
   * bounded whatever the length of the stream. The stream is read to its end but not closed.
   *
   * @return the number of bytes stored
   */
  long upload(ObjectKey key, InputStream data);

  /**
   * Opens the bytes of {@code range}. A range that runs past the end of the object is cut at the
   * end. The caller closes the stream.
   *
   * @throws ObjectNotFoundException if the object does not exist, or {@code range} starts past its
   *     end
   */
  InputStream fetch(ObjectKey key, ByteRange range);

  /** Opens the whole object; see {@link #fetch(ObjectKey, ByteRange)}. */
  InputStream fetch(ObjectKey key);

  /** Deletes the object. Deleting an object that does not exist succeeds. */
  void delete(ObjectKey key);

  @Override
  void close();
}
