package io.tierline.offloader.segment;

import io.tierline.offloader.RetryListener;
import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.time.Duration;

/**
 * Callbacks for metrics. Every callback but {@link #attemptFailed} names the segment, so a caller
 * can aggregate per topic; a failed attempt is the object store's, below segments. Callbacks run on
 * the thread doing the work: they must be fast and must not throw.
 */
public interface SegmentStoreListener extends RetryListener {

  /** Ignores every event. */
  SegmentStoreListener NOOP = new SegmentStoreListener() {};

  /** The kinds of object-store requests the segment store issues. */
  enum RequestType {
    PUT,
    GET,
    DELETE,
    LIST
  }

  /**
   * One object-store call completed, successfully or not. A {@code PUT} is one object, whatever the
   * number of multipart parts it took.
   */
  default void onRequest(SegmentCoordinates segment, RequestType type, Duration latency) {}

  /** A request failed; {@code error} is the class of the offloader exception it threw. */
  default void onError(
      SegmentCoordinates segment, RequestType type, Class<? extends Throwable> error) {}

  @Override
  default void attemptFailed(String operation, boolean retrying, StoreUnavailableException error) {}

  /** Stored bytes were written (log, indexes or manifest). */
  default void onBytesUploaded(SegmentCoordinates segment, long bytes) {}

  /** Stored bytes were fetched (chunks, indexes or a manifest). */
  default void onBytesFetched(SegmentCoordinates segment, long bytes) {}

  /** A segment was stored whole, manifest included. */
  default void onSegmentUploaded(
      SegmentCoordinates segment, SegmentManifest manifest, Duration took) {}

  /** A reader found a chunk in the cache (or already being fetched). */
  default void onCacheHit(SegmentCoordinates segment) {}

  /** A reader had to fetch a chunk. */
  default void onCacheMiss(SegmentCoordinates segment) {}

  /** A read waited this long for a chunk that was not yet fetched. */
  default void onReadWait(SegmentCoordinates segment, Duration waited) {}

  /**
   * Chunks were not fetched ahead of a reader because the read-ahead buffer had no room for them;
   * the reader fetches them when it reaches them.
   */
  default void onPrefetchRefused(SegmentCoordinates segment) {}
}
