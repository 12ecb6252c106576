package io.tierline.plugin;

import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.segment.SegmentCoordinates;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A segment's lazy stream as the broker reads it: failures that surface while reading (a chunk that
 * fails its checksum, a store that stopped answering) become {@link IOException}s, the {@link
 * InputStream} contract, with the translated {@code RemoteStorageException} as cause.
 */
final class TranslatingInputStream extends FilterInputStream {
  private final SegmentCoordinates segment;

  TranslatingInputStream(InputStream in, SegmentCoordinates segment) {
    super(in);
    this.segment = segment;
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (ObjectStoreException e) {
      throw translate(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return super.read(b, off, len);
    } catch (ObjectStoreException e) {
      throw translate(e);
    }
  }

  @Override
  public long skip(long n) throws IOException {
    try {
      return super.skip(n);
    } catch (ObjectStoreException e) {
      throw translate(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } catch (ObjectStoreException e) {
      throw translate(e);
    }
  }

  private IOException translate(ObjectStoreException e) {
    return new IOException(RemoteStorageErrors.translate("read", segment, e));
  }
}
