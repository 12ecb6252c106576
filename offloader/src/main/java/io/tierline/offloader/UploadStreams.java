package io.tierline.offloader;

import java.io.IOException;
import java.io.InputStream;

/** Reads from the stream of an upload, naming the object when the stream fails. */
public final class UploadStreams {
  private UploadStreams() {}

  /** Up to {@code size} bytes; fewer only at the end of the stream. */
  public static byte[] read(ObjectKey key, InputStream data, int size) {
    try {
      return data.readNBytes(size);
    } catch (IOException e) {
      throw failed(key, e);
    }
  }

  /** Up to {@code length} bytes into {@code buffer}; fewer only at the end of the stream. */
  public static int read(ObjectKey key, InputStream data, byte[] buffer, int offset, int length) {
    try {
      return data.readNBytes(buffer, offset, length);
    } catch (IOException e) {
      throw failed(key, e);
    }
  }

  private static ObjectStoreException failed(ObjectKey key, IOException e) {
    return new ObjectStoreException("Cannot read the data to upload to " + key + ": " + e, e);
  }
}
