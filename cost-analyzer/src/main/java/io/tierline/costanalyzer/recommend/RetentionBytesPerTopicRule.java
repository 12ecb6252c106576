package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.inventory.TopicConfig.LOCAL_RETENTION_BYTES;
import static io.tierline.costanalyzer.inventory.TopicConfig.RETENTION_BYTES;

import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flag a {@code retention.bytes} that looks meant for the whole topic: Kafka applies it per
 * partition, and at the measured rate no partition reaches it within {@code retention.ms}, while
 * the topic as a whole would. So the limit bounds nothing. The proposal divides it by the partition
 * count (at least one segment), which is what a per-topic limit means.
 */
final class RetentionBytesPerTopicRule implements RecommendationRule {

  static final String NAME = "retention-bytes-per-partition";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Proposal> evaluate(TopicScenario s, RuleContext ctx) {
    TopicConfig c = s.config();
    int partitions = s.topic().partitions();
    if (!c.deletes() || c.retentionBytes() == -1 || c.retentionMs() == -1 || partitions < 2) {
      return Optional.empty();
    }
    Workload w = s.workload();
    double topicBytesByAge = w.ingressBytesPerSecond() * c.retentionMs() / 1000.0;
    double partitionBytesByAge = topicBytesByAge / partitions;
    boolean boundsNothing = partitionBytesByAge < c.retentionBytes();
    boolean wouldBoundTopic = topicBytesByAge > c.retentionBytes();
    if (!boundsNothing || !wouldBoundTopic) {
      return Optional.empty();
    }
    long perPartition = Math.max(c.retentionBytes() / partitions, c.segmentBytes());
    if (perPartition >= c.retentionBytes()) {
      return Optional.empty();
    }
    String value = Long.toString(perPartition);
    List<ConfigChange> changes = new ArrayList<>(List.of(s.change(RETENTION_BYTES, value)));
    TopicScenario after = s.with(RETENTION_BYTES, value);
    if (c.localRetentionBytes() >= 0 && c.localRetentionBytes() > perPartition) {
      changes.add(s.change(LOCAL_RETENTION_BYTES, value));
      after = after.with(LOCAL_RETENTION_BYTES, value);
    }
    return Optional.of(
        new Proposal(
            changes,
            after,
            List.of(
                "If a per-partition limit was meant, ignore this: the change deletes data beyond "
                    + Quantities.bytes(c.retentionBytes())
                    + " for the whole topic",
                "A size limit drops data sooner when the write rate grows"),
            List.of(
                "retention.bytes "
                    + Quantities.bytes(c.retentionBytes())
                    + " per partition × "
                    + partitions
                    + " partitions = "
                    + Quantities.bytes((double) c.retentionBytes() * partitions)
                    + " per topic",
                "at the measured rate a partition holds "
                    + Quantities.bytes(partitionBytesByAge)
                    + " within retention.ms "
                    + Quantities.duration(c.retentionMs())
                    + ": the limit never binds",
                "the topic as a whole holds "
                    + Quantities.bytes(topicBytesByAge)
                    + ", more than the value")));
  }
}
