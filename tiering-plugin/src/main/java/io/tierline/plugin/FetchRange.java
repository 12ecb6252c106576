package io.tierline.plugin;

import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata;

/** The checks on a requested byte range that Kafka's contract leaves to the plugin. */
final class FetchRange {
  private FetchRange() {}

  /**
   * @throws IllegalArgumentException if the range is empty, negative, or starts past the end of
   *     the segment; an end past the segment's end is allowed and read as the end
   */
  static void check(RemoteLogSegmentMetadata metadata, long startPosition, long endPosition) {
    if (startPosition < 0) {
      throw new IllegalArgumentException("startPosition must be >= 0: " + startPosition);
    }
    if (endPosition < startPosition) {
      throw new IllegalArgumentException(
          "endPosition " + endPosition + " is before startPosition " + startPosition);
    }
    if (startPosition >= metadata.segmentSizeInBytes()) {
      throw new IllegalArgumentException("startPosition " + startPosition
          + " is past the end of the segment (" + metadata.segmentSizeInBytes() + " bytes)");
    }
  }
}
