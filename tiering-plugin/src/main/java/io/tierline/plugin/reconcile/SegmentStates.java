package io.tierline.plugin.reconcile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.TopicIdPartition;
import org.apache.kafka.server.log.remote.storage.RemoteLogMetadata;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadataUpdate;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentState;
import org.apache.kafka.server.log.remote.storage.RemotePartitionDeleteMetadata;
import org.apache.kafka.server.log.remote.storage.RemotePartitionDeleteState;

/**
 * What the brokers' remote log metadata says of each segment: its latest state and when that was
 * recorded, built from the events of {@code __remote_log_metadata} in the order they were written.
 */
public final class SegmentStates {

  /** One segment's latest state, and when it was first recorded. */
  public record Segment(
      TopicIdPartition partition,
      long baseOffset,
      RemoteLogSegmentState state,
      long eventTimestampMs) {}

  private final Map<String, Segment> segments = new HashMap<>();
  private final Set<String> deletedTopicIds = new HashSet<>();

  /** Applies one event; events of other kinds are ignored. */
  public void apply(RemoteLogMetadata event) {
    if (event instanceof RemoteLogSegmentMetadata m) {
      segments.put(
          m.remoteLogSegmentId().id().toString(),
          new Segment(m.topicIdPartition(), m.startOffset(), m.state(), m.eventTimestampMs()));
    } else if (event instanceof RemoteLogSegmentMetadataUpdate u) {
      String id = u.remoteLogSegmentId().id().toString();
      Segment known = segments.get(id);
      long base = known == null ? -1 : known.baseOffset();
      // A delete the broker retries records its start again on each attempt: the state's age
      // counts from the first, or a delete retried more often than the grace period never ages.
      long since =
          known != null && known.state() == u.state()
              ? Math.min(known.eventTimestampMs(), u.eventTimestampMs())
              : u.eventTimestampMs();
      segments.put(
          id, new Segment(u.remoteLogSegmentId().topicIdPartition(), base, u.state(), since));
    } else if (event instanceof RemotePartitionDeleteMetadata d
        && d.state() == RemotePartitionDeleteState.DELETE_PARTITION_FINISHED) {
      deletedTopicIds.add(d.topicIdPartition().topicId().toString());
    }
  }

  public Optional<Segment> segment(String segmentId) {
    return Optional.ofNullable(segments.get(segmentId));
  }

  /** Whether the partitions of this topic id were deleted, with their remote data. */
  public boolean topicDeleted(String topicId) {
    return deletedTopicIds.contains(topicId);
  }

  public Map<String, Segment> all() {
    return Map.copyOf(segments);
  }
}
