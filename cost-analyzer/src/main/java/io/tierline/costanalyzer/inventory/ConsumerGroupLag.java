package io.tierline.costanalyzer.inventory;

/**
 * A consumer group of a topic and how far behind it reads, in time: the age of the oldest record it
 * has yet to consume, at its worst partition; and, where measured live, in messages over all
 * partitions.
 *
 * @param lagMessages records not yet consumed, all partitions together; absent when not measured
 */
public record ConsumerGroupLag(String group, Long lagMs, Long lagMessages) {

  public ConsumerGroupLag(String group, Long lagMs) {
    this(group, lagMs, null);
  }

  public ConsumerGroupLag {
    if (lagMessages != null && lagMessages < 0) {
      throw new IllegalArgumentException("lagMessages: must be a count >= 0, was " + lagMessages);
    }
    if (group == null || group.isBlank()) {
      throw new IllegalArgumentException("group: is required");
    }
    if (lagMs == null || lagMs < 0) {
      throw new IllegalArgumentException("lagMs: must be a time in ms >= 0, was " + lagMs);
    }
  }
}
