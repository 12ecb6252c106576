package io.tierline.plugin;

import io.tierline.offloader.segment.IndexSource;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentSource;
import io.tierline.offloader.segment.format.IndexType;
import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.common.TopicIdPartition;
import org.apache.kafka.server.log.remote.storage.LogSegmentData;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata;
import org.apache.kafka.server.log.remote.storage.RemoteStorageManager;

/** Turns Kafka's descriptions of a segment into the offloader's, which knows nothing of Kafka. */
final class KafkaSegments {
  private KafkaSegments() {}

  static SegmentCoordinates coordinates(RemoteLogSegmentMetadata metadata) {
    TopicIdPartition partition = metadata.topicIdPartition();
    return new SegmentCoordinates(
        partition.topic(),
        partition.topicId().toString(),
        partition.partition(),
        metadata.startOffset(),
        metadata.remoteLogSegmentId().id().toString());
  }

  static SegmentSource source(LogSegmentData data) {
    Map<IndexType, IndexSource> indexes = new EnumMap<>(IndexType.class);
    indexes.put(IndexType.OFFSET, IndexSource.file(data.offsetIndex()));
    indexes.put(IndexType.TIMESTAMP, IndexSource.file(data.timeIndex()));
    indexes.put(IndexType.PRODUCER_SNAPSHOT, IndexSource.file(data.producerSnapshotIndex()));
    data.transactionIndex().ifPresent(p -> indexes.put(IndexType.TRANSACTION, IndexSource.file(p)));
    indexes.put(IndexType.LEADER_EPOCH, IndexSource.bytes(data.leaderEpochIndex()));
    return new SegmentSource(data.logSegment(), indexes);
  }

  static IndexType indexType(RemoteStorageManager.IndexType type) {
    return switch (type) {
      case OFFSET -> IndexType.OFFSET;
      case TIMESTAMP -> IndexType.TIMESTAMP;
      case PRODUCER_SNAPSHOT -> IndexType.PRODUCER_SNAPSHOT;
      case TRANSACTION -> IndexType.TRANSACTION;
      case LEADER_EPOCH -> IndexType.LEADER_EPOCH;
    };
  }
}
