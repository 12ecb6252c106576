package io.tierline.costanalyzer.inventory;

/**
 * A consumer group of a topic and how far behind it reads, in time: the age of the oldest record it has yet
 * to consume, at its worst partition.
 */
public record ConsumerGroupLag(String group, Long lagMs) {
  public ConsumerGroupLag {
    if (group == null || group.isBlank()) {
      throw new IllegalArgumentException("group: is required");
    }
    if (lagMs == null || lagMs < 0) {
      throw new IllegalArgumentException("lagMs: must be a time in ms >= 0, was " + lagMs);
    }
  }
}
