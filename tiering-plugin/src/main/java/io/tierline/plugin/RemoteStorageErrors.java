package io.tierline.plugin;

import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.segment.SegmentCoordinates;
import org.apache.kafka.server.log.remote.storage.RemoteResourceNotFoundException;
import org.apache.kafka.server.log.remote.storage.RemoteStorageException;

/**
 * The one place where the offloader's failures become the exceptions the broker expects: a missing
 * object is {@link RemoteResourceNotFoundException}, anything else {@link RemoteStorageException}.
 */
final class RemoteStorageErrors {
  private RemoteStorageErrors() {}

  static RemoteStorageException translate(String action, SegmentCoordinates segment, Throwable e) {
    String message = "Could not " + action + " " + describe(segment) + ": " + e.getMessage();
    if (e instanceof ObjectNotFoundException) {
      return new RemoteResourceNotFoundException(message, e);
    }
    return new RemoteStorageException(message, e);
  }

  static String describe(SegmentCoordinates segment) {
    return "segment "
        + segment.segmentId()
        + " of "
        + segment.topic()
        + "-"
        + segment.partition()
        + " at offset "
        + segment.baseOffset();
  }
}
