package io.tierline.offloader;

import java.io.InputStream;

/**
 * An {@link ObjectStore} that can store an object in a given S3 storage class. A store without this
 * ability stores every object its own way (a filesystem has no classes).
 */
public interface SupportsStorageClass {

  /**
   * As {@link ObjectStore#upload(ObjectKey, InputStream)}, storing the object in {@code
   * storageClass}; multipart uploads carry it from their start.
   *
   * @return the number of bytes stored
   */
  long upload(ObjectKey key, InputStream data, StorageClass storageClass);
}
