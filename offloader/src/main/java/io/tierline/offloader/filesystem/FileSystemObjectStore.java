package io.tierline.offloader.filesystem;

import io.tierline.offloader.ObjectStore;

/** An {@link ObjectStore} on this backend. */
public final class FileSystemObjectStore {
  private FileSystemObjectStore() {}

  /** Connects to the backend that {@code settings} describe. */
  public static ObjectStore create(FileSystemStoreSettings settings) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
