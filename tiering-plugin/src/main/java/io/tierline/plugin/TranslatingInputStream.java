package io.tierline.plugin;

import io.tierline.offloader.segment.SegmentCoordinates;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A segment's lazy stream as the broker reads it: failures that surface while reading (a chunk that
 * fails its checksum, a store that stopped answering, a buffer that could not be allocated) become
 * {@link IOException}s, the {@link InputStream} contract, with the translated {@code
 * RemoteStorageException} as cause. Only {@linkplain RemoteStorageErrors#isFatal fatal} errors pass
 * as they are.
 */
final class TranslatingInputStream extends FilterInputStream {
  private final SegmentCoordinates segment;
  private final RemoteStorageErrors errors;

  TranslatingInputStream(InputStream in, SegmentCoordinates segment, RemoteStorageErrors errors) {
    super(in);
    this.segment = segment;
    this.errors = errors;
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (RuntimeException | Error e) {
      throw translate(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return super.read(b, off, len);
    } catch (IndexOutOfBoundsException callersMistake) {
      throw callersMistake;
    } catch (RuntimeException | Error e) {
      throw translate(e);
    }
  }

  @Override
  public long skip(long n) throws IOException {
    try {
      return super.skip(n);
    } catch (RuntimeException | Error e) {
      throw translate(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } catch (RuntimeException | Error e) {
      throw translate(e);
    }
  }

  private IOException translate(Throwable e) {
    RemoteStorageErrors.rethrowIfFatal(e);
    return new IOException(errors.translate("read", segment, e));
  }
}
