package io.tierline.offloader.segment.format;

/**
 * The indexes that travel with a log segment; mirrors Kafka's {@code IndexType} without depending
 * on it.
 */
public enum IndexType {
  OFFSET,
  TIMESTAMP,
  PRODUCER_SNAPSHOT,
  TRANSACTION,
  LEADER_EPOCH
}
