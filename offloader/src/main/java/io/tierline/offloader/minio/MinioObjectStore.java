package io.tierline.offloader.minio;

import io.tierline.offloader.ObjectStore;

/** An {@link ObjectStore} on this backend. */
public final class MinioObjectStore {
  private MinioObjectStore() {}

  /** Connects to the backend that {@code settings} describe. */
  public static ObjectStore create(MinioStoreSettings settings) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
