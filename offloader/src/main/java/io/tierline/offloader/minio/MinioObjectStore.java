package io.tierline.offloader.minio;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.tierline.offloader.ByteRange;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.Retrier;
import io.tierline.offloader.RetryListener;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.SupportsStorageClass;
import io.tierline.offloader.UploadStreams;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An {@link ObjectStore} through the MinIO Java client. Objects smaller than one part are sent in
 * one PUT and retried; larger ones go through the client's own multipart upload, which reads the
 * stream once and so cannot be replayed: those are not retried.
 */
public final class MinioObjectStore implements ObjectStore, SupportsListing, SupportsStorageClass {
  private final MinioClient client;
  private final MinioStoreSettings settings;
  private final Retrier retrier;

  private MinioObjectStore(MinioClient client, MinioStoreSettings settings, RetryListener retries) {
    this.client = client;
    this.settings = settings;
    this.retrier = new Retrier(settings.retryPolicy(), retries);
  }

  /** Builds the client that {@code settings} describe; no request is sent yet. */
  public static ObjectStore create(MinioStoreSettings settings) {
    return create(settings, RetryListener.NONE);
  }

  /** As {@link #create(MinioStoreSettings)}, telling {@code retries} of every failed attempt. */
  public static ObjectStore create(MinioStoreSettings settings, RetryListener retries) {
    MinioClient client =
        MinioClient.builder()
            .endpoint(settings.endpoint().toString())
            .region(settings.region())
            .credentials(
                settings.credentials().accessKeyId(), settings.credentials().secretAccessKey())
            .build();
    return new MinioObjectStore(client, settings, retries);
  }

  /** A MinIO client call; any of its many checked exceptions may come out. */
  private interface Call<T> {
    T run() throws Exception;
  }

  private <T> T call(String operation, ObjectKey key, Call<T> call) {
    return retrier.call(
        operation,
        key,
        () -> {
          try {
            return call.run();
          } catch (ObjectStoreException e) {
            throw e;
          } catch (Exception e) {
            throw MinioErrors.translate(operation, settings.bucket(), key, e);
          }
        });
  }

  @Override
  public long upload(ObjectKey key, InputStream data) {
    return upload(key, data, StorageClass.STANDARD);
  }

  /**
   * Stores the object with an {@code x-amz-storage-class} header unless the class is STANDARD: the
   * client sends the header with a single PUT and with the start of a multipart upload.
   */
  @Override
  public long upload(ObjectKey key, InputStream data, StorageClass storageClass) {
    int partSize = settings.partSizeBytes();
    byte[] first = UploadStreams.read(key, data, partSize);
    if (first.length < partSize) {
      call(
          "PUT",
          key,
          () ->
              client.putObject(
                  args(key, new ByteArrayInputStream(first), first.length, storageClass)));
      return first.length;
    }
    CountingInputStream all =
        new CountingInputStream(new SequenceInputStream(new ByteArrayInputStream(first), data));
    try {
      client.putObject(args(key, all, -1, storageClass));
    } catch (Exception e) {
      throw MinioErrors.translate("PUT", settings.bucket(), key, e);
    }
    return all.count();
  }

  private PutObjectArgs args(ObjectKey key, InputStream in, long size, StorageClass storageClass) {
    PutObjectArgs.Builder builder =
        PutObjectArgs.builder().bucket(settings.bucket()).object(key.value()).stream(
                in, size, size >= 0 ? -1 : settings.partSizeBytes())
            .contentType("application/octet-stream");
    if (storageClass != StorageClass.STANDARD) {
      builder.headers(Map.of("x-amz-storage-class", storageClass.name()));
    }
    return builder.build();
  }

  @Override
  public InputStream fetch(ObjectKey key, ByteRange range) {
    return call(
        "GET",
        key,
        () ->
            client.getObject(
                GetObjectArgs.builder()
                    .bucket(settings.bucket())
                    .object(key.value())
                    .offset(range.first())
                    .length(range.length())
                    .build()));
  }

  @Override
  public InputStream fetch(ObjectKey key) {
    return call(
        "GET",
        key,
        () ->
            client.getObject(
                GetObjectArgs.builder().bucket(settings.bucket()).object(key.value()).build()));
  }

  @Override
  public void delete(ObjectKey key) {
    call(
        "DELETE",
        key,
        () -> {
          client.removeObject(
              RemoveObjectArgs.builder().bucket(settings.bucket()).object(key.value()).build());
          return null;
        });
  }

  @Override
  public List<StoredObject> listObjects(String prefix) {
    return list(
        ListObjectsArgs.builder().bucket(settings.bucket()).prefix(prefix), Integer.MAX_VALUE);
  }

  @Override
  public List<StoredObject> listObjectsAfter(String prefix, String startAfter, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    return list(
        ListObjectsArgs.builder()
            .bucket(settings.bucket())
            .prefix(prefix)
            .startAfter(startAfter)
            .maxKeys(Math.min(limit, 1000)),
        limit);
  }

  /** At most {@code limit} objects of a listing, in key order. */
  private List<StoredObject> list(ListObjectsArgs.Builder args, int limit) {
    return call(
        "LIST",
        null,
        () -> {
          List<StoredObject> objects = new ArrayList<>();
          // The client pages lazily: stopping at the limit asks for no further page.
          for (Result<Item> result : client.listObjects(args.recursive(true).build())) {
            Item item = result.get();
            objects.add(new StoredObject(ObjectKey.of(item.objectName()), item.size()));
            if (objects.size() == limit) {
              break;
            }
          }
          objects.sort(Comparator.comparing(o -> o.key().value()));
          return objects;
        });
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      throw new ObjectStoreException("Cannot close the MinIO client: " + e, e);
    }
  }
}
