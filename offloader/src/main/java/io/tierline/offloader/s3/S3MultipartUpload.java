package io.tierline.offloader.s3;

import io.tierline.offloader.ChunkAligned;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.UploadStreams;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * One multipart upload. The caller's thread reads parts into a fixed pool of {@code
 * maxPartsInFlight} buffers and hands each to the store's part executor, so memory stays at {@code
 * partSize × (maxPartsInFlight + 1)} however long the stream, plus one chunk per buffer for a
 * {@link ChunkAligned} stream, whose parts end at chunk boundaries. Any failure aborts the upload.
 */
final class S3MultipartUpload {
  private final S3ObjectStore store;
  private final ObjectKey key;
  private final InputStream data;

  /** The first {@code partSize} bytes, read before the upload began; copied into a part buffer. */
  private byte[] head;

  private final int partSize;

  /** Room after {@code partSize} for the rest of a chunk, so that a part ends at a boundary. */
  private final int chunkRoom;

  private final BlockingQueue<byte[]> freeBuffers;
  private final List<CompletableFuture<CompletedPart>> parts = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private int buffersAllocated;

  /** The storage class the upload names, or null for none. */
  private final String storageClass;

  S3MultipartUpload(
      S3ObjectStore store, ObjectKey key, InputStream data, byte[] head, String storageClass) {
    this.store = store;
    this.storageClass = storageClass;
    this.key = key;
    this.data = data;
    this.head = head;
    this.partSize = store.settings().partSizeBytes();
    this.chunkRoom = data instanceof ChunkAligned aligned ? aligned.maxChunkBytes() : 0;
    this.freeBuffers = new ArrayBlockingQueue<>(store.settings().maxPartsInFlight());
  }

  long run() {
    String bucket = store.settings().bucket();
    String uploadId =
        store.call(
            "CreateMultipartUpload",
            key,
            () ->
                store
                    .client()
                    .createMultipartUpload(
                        b ->
                            b.bucket(bucket)
                                .key(key.value())
                                .storageClass(storageClass)
                                .checksumAlgorithm(ChecksumAlgorithm.CRC32_C))
                    .uploadId());
    try {
      long total = uploadParts(uploadId);
      List<CompletedPart> completed =
          parts.stream()
              .map(CompletableFuture::join)
              .sorted(Comparator.comparingInt(CompletedPart::partNumber))
              .toList();
      store.call(
          "CompleteMultipartUpload",
          key,
          () ->
              store
                  .client()
                  .completeMultipartUpload(
                      b ->
                          b.bucket(bucket)
                              .key(key.value())
                              .uploadId(uploadId)
                              .multipartUpload(m -> m.parts(completed))));
      return total;
    } catch (RuntimeException | Error e) {
      parts.forEach(p -> p.cancel(true));
      store.pendingAborts().abort(key, uploadId);
      throw unwrap(e);
    }
  }

  private long uploadParts(String uploadId) {
    long total = 0;
    for (int partNumber = 1; ; partNumber++) {
      byte[] buffer = takeBuffer();
      int filled = 0;
      if (head != null) {
        System.arraycopy(head, 0, buffer, 0, head.length);
        filled = head.length;
        head = null;
      }
      int length = readInto(buffer, filled);
      if (length == 0) {
        break;
      }
      submit(uploadId, partNumber, buffer, length);
      total += length;
      if (length < partSize) {
        break;
      }
    }
    return total;
  }

  private void submit(String uploadId, int partNumber, byte[] buffer, int length) {
    String crc = Crc32c.base64(buffer, length);
    CompletableFuture<CompletedPart> part =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                var response =
                    store.call(
                        "UploadPart",
                        key,
                        () ->
                            store
                                .client()
                                .uploadPart(
                                    b ->
                                        b.bucket(store.settings().bucket())
                                            .key(key.value())
                                            .uploadId(uploadId)
                                            .partNumber(partNumber)
                                            .checksumCRC32C(crc),
                                    RequestBody.fromContentProvider(
                                        () -> new ByteArrayInputStream(buffer, 0, length),
                                        length,
                                        "application/octet-stream")));
                return CompletedPart.builder()
                    .partNumber(partNumber)
                    .eTag(response.eTag())
                    .checksumCRC32C(crc)
                    .build();
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                throw e;
              } finally {
                freeBuffers.offer(buffer);
              }
            },
            store.partUploads());
    parts.add(part);
  }

  /** A free buffer; blocks while {@code maxPartsInFlight} parts are uploading. */
  private byte[] takeBuffer() {
    throwIfFailed();
    byte[] buffer = freeBuffers.poll();
    if (buffer == null && buffersAllocated < store.settings().maxPartsInFlight()) {
      buffersAllocated++;
      return new byte[partSize + chunkRoom];
    }
    try {
      while (buffer == null) {
        buffer = freeBuffers.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        throwIfFailed();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ObjectStoreException("Interrupted while uploading " + key, e);
    }
    return buffer;
  }

  /**
   * A part: {@code partSize} bytes, of which {@code filled} are in {@code buffer} already, then the
   * rest of the chunk they end in, if any.
   */
  private int readInto(byte[] buffer, int filled) {
    int n = filled + UploadStreams.read(key, data, buffer, filled, partSize - filled);
    if (n == partSize && data instanceof ChunkAligned aligned) {
      int rest = aligned.bytesToChunkEnd();
      if (rest > chunkRoom) {
        throw new IllegalStateException("A chunk of more than " + chunkRoom + " bytes in " + key);
      }
      n += UploadStreams.read(key, data, buffer, n, rest);
    }
    return n;
  }

  private void throwIfFailed() {
    Throwable t = failure.get();
    if (t != null) {
      throw unwrap(t);
    }
  }

  private static RuntimeException unwrap(Throwable t) {
    Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (cause instanceof RuntimeException re) {
      return re;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new ObjectStoreException(cause.toString(), cause);
  }
}
