package io.tierline.offloader.s3;

import io.tierline.offloader.ObjectStore;

/** An {@link ObjectStore} on this backend. */
public final class S3ObjectStore {
  private S3ObjectStore() {}

  /** Connects to the backend that {@code settings} describe. */
  public static ObjectStore create(S3StoreSettings settings) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
