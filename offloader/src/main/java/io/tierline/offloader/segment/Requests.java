package io.tierline.offloader.segment;

import io.tierline.offloader.ByteRange;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.SupportsReadFully;
import io.tierline.offloader.SupportsStorageClass;
import io.tierline.offloader.segment.SegmentStoreListener.RequestType;
import io.tierline.offloader.segment.read.SegmentReader;
import io.tierline.offloader.segment.write.SegmentWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** The segment store's calls to the object store, each reported to the listener. */
final class Requests {
  private final ObjectStore objects;
  private final SegmentStoreListener listener;

  Requests(ObjectStore objects, SegmentStoreListener listener) {
    this.objects = objects;
    this.listener = listener;
  }

  /**
   * Stores an object in {@code storageClass} if the object store has classes; one without them
   * stores it its own way.
   */
  long put(SegmentCoordinates segment, ObjectKey key, InputStream data, StorageClass storageClass) {
    long bytes =
        timed(
            segment,
            RequestType.PUT,
            () ->
                objects instanceof SupportsStorageClass classes
                    ? classes.upload(key, data, storageClass)
                    : objects.upload(key, data));
    listener.onBytesUploaded(segment, bytes);
    return bytes;
  }

  byte[] fetch(SegmentCoordinates segment, ObjectKey key, ByteRange range) {
    int length = Math.toIntExact(range.length());
    byte[] bytes =
        timed(
            segment,
            RequestType.GET,
            () ->
                objects instanceof SupportsReadFully direct
                    ? direct.readFully(key, range)
                    : readAll(key, objects.fetch(key, range), length));
    listener.onBytesFetched(segment, bytes.length);
    return bytes;
  }

  /**
   * The whole object, or its first {@code maxBytes + 1} bytes when it is longer: the caller refuses
   * it then, and nothing read from the bucket sized the buffer.
   */
  byte[] fetchWhole(SegmentCoordinates segment, ObjectKey key, int maxBytes) {
    byte[] bytes =
        timed(segment, RequestType.GET, () -> readAtMost(key, objects.fetch(key), maxBytes + 1));
    listener.onBytesFetched(segment, bytes.length);
    return bytes;
  }

  List<StoredObject> listAfter(
      SupportsListing listing,
      SegmentCoordinates segment,
      String prefix,
      String startAfter,
      int limit) {
    return timed(
        segment, RequestType.LIST, () -> listing.listObjectsAfter(prefix, startAfter, limit));
  }

  void delete(SegmentCoordinates segment, ObjectKey key) {
    timed(
        segment,
        RequestType.DELETE,
        () -> {
          objects.delete(key);
          return null;
        });
  }

  /** The writer's PUTs, in {@code storageClass}, and DELETEs of the segment's objects. */
  SegmentWriter.Storage storage(SegmentCoordinates segment, StorageClass storageClass) {
    return new SegmentWriter.Storage() {
      @Override
      public long put(ObjectKey key, InputStream data) {
        return Requests.this.put(segment, key, data, storageClass);
      }

      @Override
      public void delete(ObjectKey key) {
        Requests.this.delete(segment, key);
      }
    };
  }

  /** The reader's ranged GETs of the segment's objects. */
  SegmentReader.Fetch fetches(SegmentCoordinates segment) {
    return (key, range) -> fetch(segment, key, range);
  }

  ObjectStore objects() {
    return objects;
  }

  private <T> T timed(SegmentCoordinates segment, RequestType type, Supplier<T> call) {
    long start = System.nanoTime();
    try {
      return call.get();
    } catch (RuntimeException e) {
      listener.onError(segment, type, e.getClass());
      throw e;
    } finally {
      listener.onRequest(segment, type, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static byte[] readAtMost(ObjectKey key, InputStream in, int maxBytes) {
    try (in) {
      return in.readNBytes(maxBytes); // grows with what arrives, not with maxBytes
    } catch (IOException e) {
      throw new StoreUnavailableException("Cannot read object " + key + ": " + e, e);
    }
  }

  private static byte[] readAll(ObjectKey key, InputStream in, int expectedLength) {
    try (in) {
      // One exact buffer: readNBytes(int) would read in small pieces and copy them again.
      byte[] bytes = new byte[expectedLength];
      int n = in.readNBytes(bytes, 0, expectedLength);
      return n == expectedLength ? bytes : Arrays.copyOf(bytes, n);
    } catch (IOException e) {
      throw new StoreUnavailableException("Cannot read object " + key + ": " + e, e);
    }
  }
}
