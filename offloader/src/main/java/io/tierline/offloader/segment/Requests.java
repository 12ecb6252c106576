package io.tierline.offloader.segment;

import io.tierline.offloader.ByteRange;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.SupportsReadFully;
import io.tierline.offloader.segment.SegmentStoreListener.RequestType;
import java.io.InputStream;
import java.time.Duration;
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

  long put(SegmentCoordinates segment, ObjectKey key, InputStream data) {
    long bytes = timed(segment, RequestType.PUT, () -> objects.upload(key, data));
    listener.onBytesUploaded(segment, bytes);
    return bytes;
  }

  byte[] fetch(SegmentCoordinates segment, ObjectKey key, ByteRange range) {
    int length = Math.toIntExact(range.length());
    byte[] bytes = timed(segment, RequestType.GET,
        () -> objects instanceof SupportsReadFully direct
            ? direct.readFully(key, range)
            : ChunkReader.readAll(key, objects.fetch(key, range), length));
    listener.onBytesFetched(segment, bytes.length);
    return bytes;
  }

  byte[] fetchWhole(SegmentCoordinates segment, ObjectKey key) {
    byte[] bytes = timed(segment, RequestType.GET, () -> ChunkReader.readAll(key, objects.fetch(key), -1));
    listener.onBytesFetched(segment, bytes.length);
    return bytes;
  }

  List<ObjectKey> list(SegmentCoordinates segment, String prefix) {
    return timed(segment, RequestType.LIST, () -> objects.list(prefix));
  }

  void delete(SegmentCoordinates segment, ObjectKey key) {
    timed(segment, RequestType.DELETE, () -> {
      objects.delete(key);
      return null;
    });
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
}
