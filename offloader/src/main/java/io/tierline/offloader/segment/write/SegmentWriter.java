package io.tierline.offloader.segment.write;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.segment.crypt.ChunkCipher;
import io.tierline.offloader.segment.crypt.KeyRing;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.Encryption;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.segment.format.ManifestCodec;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;

/**
 * Stores a segment as its three objects: the log, cut into checksummed and optionally compressed
 * chunks ({@link ChunkingInputStream}), then all its indexes as one object ({@link IndexBundle}),
 * then its manifest. The manifest goes last, so a segment is readable only once it is whole. On any
 * failure the writer deletes what it wrote, newest first, and throws. One writer serves every
 * upload of a segment store, and they share its rate limit.
 */
public final class SegmentWriter {

  /** Where the objects of one segment go. */
  public interface Storage {
    /** Stores the stream's bytes under {@code key}; see {@code ObjectStore.upload}. */
    long put(ObjectKey key, InputStream data);

    /** Deletes the object; one that does not exist is no error. */
    void delete(ObjectKey key);
  }

  /**
   * Opens an index's bytes from their start. Each index is opened twice: checksummed, then stored.
   */
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** One index of a segment, and how to open its bytes. */
  public record Index(IndexType type, Opener bytes) {}

  private final int chunkSizeBytes;
  private final Compression compression;
  private final UploadRateLimiter rateLimiter;
  private final Executor compressors;
  private final KeyRing keyRing;

  /**
   * @param uploadRateLimitBytesPerSecond a bound on the bytes per second read from log files,
   *     across all uploads; empty for none
   * @param compressors where chunks are compressed, a few at a time per upload
   * @param keyRing when present, every segment's chunks are encrypted under a new data key that the
   *     ring's active key wraps
   */
  public SegmentWriter(
      int chunkSizeBytes,
      Compression compression,
      OptionalLong uploadRateLimitBytesPerSecond,
      Executor compressors,
      Optional<KeyRing> keyRing) {
    this.chunkSizeBytes = chunkSizeBytes;
    this.compression = compression;
    this.rateLimiter = UploadRateLimiter.of(uploadRateLimitBytesPerSecond);
    this.compressors = compressors;
    this.keyRing = keyRing.orElse(null);
  }

  /**
   * Stores the segment whose log file is {@code logFile} as objects {@code log}, {@code indexes}
   * and {@code manifest}, in that order. Memory stays bounded whatever the size of the segment.
   *
   * @param storageClass the class {@code storage} stores the objects in, recorded in the manifest
   * @return the manifest stored
   */
  public SegmentManifest write(
      ObjectKey log,
      ObjectKey indexes,
      ObjectKey manifest,
      Path logFile,
      List<Index> indexFiles,
      StorageClass storageClass,
      Storage storage) {
    List<ObjectKey> written = new ArrayList<>(3);
    try (InputStream file = Files.newInputStream(logFile)) {
      ChunkCipher cipher = keyRing == null ? null : ChunkCipher.newSegment(keyRing);
      ChunkingInputStream stored =
          new ChunkingInputStream(
              file,
              chunkSizeBytes,
              compression == Compression.ZSTD,
              rateLimiter,
              compressors,
              cipher);
      Optional<Encryption> encryption =
          cipher == null ? Optional.empty() : Optional.of(cipher.encryption());
      written.add(log);
      storage.put(log, stored);
      IndexBundle bundle = IndexBundle.of(indexFiles);
      written.add(indexes);
      try (InputStream in = bundle.open()) {
        storage.put(indexes, in);
      }
      SegmentManifest result =
          new SegmentManifest(
              ManifestCodec.versionFor(encryption, storageClass),
              stored.originalSize(),
              stored.storedSize(),
              compression,
              chunkSizeBytes,
              stored.chunks(),
              bundle.entries(),
              encryption,
              storageClass);
      written.add(manifest);
      storage.put(manifest, new ByteArrayInputStream(ManifestCodec.encode(result)));
      return result;
    } catch (NoSuchFileException e) {
      throw cleanUp(
          storage,
          written,
          new ObjectStoreException(
              "Cannot upload segment " + log + ": no such file " + e.getFile(), e));
    } catch (IOException e) {
      throw cleanUp(
          storage, written, new ObjectStoreException("Cannot upload segment " + log + ": " + e, e));
    } catch (RuntimeException e) {
      throw cleanUp(storage, written, e);
    }
  }

  /** Deletes what an upload wrote, newest first; failures to delete go with the original error. */
  private static RuntimeException cleanUp(
      Storage storage, List<ObjectKey> written, RuntimeException failure) {
    for (int i = written.size() - 1; i >= 0; i--) {
      try {
        storage.delete(written.get(i));
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    return failure;
  }
}
