package io.tierline.offloader.segment;

import java.util.Objects;

/**
 * Identifies one uploaded copy of a log segment. The broker gives every upload attempt a new {@code
 * segmentId}, so two attempts of the same segment never share objects.
 */
public record SegmentCoordinates(
    String topic, String topicId, int partition, long baseOffset, String segmentId) {
  public SegmentCoordinates {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(topicId, "topicId");
    Objects.requireNonNull(segmentId, "segmentId");
    if (topic.isEmpty() || topicId.isEmpty() || segmentId.isEmpty()) {
      throw new IllegalArgumentException("topic, topicId and segmentId must not be empty");
    }
    if (partition < 0) {
      throw new IllegalArgumentException("partition must be >= 0: " + partition);
    }
    if (baseOffset < 0) {
      throw new IllegalArgumentException("baseOffset must be >= 0: " + baseOffset);
    }
  }
}
