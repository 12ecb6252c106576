package io.tierline.costanalyzer.inventory.live;

import io.tierline.costanalyzer.inventory.BrokerInfo;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.ConsumerGroupLag;
import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.inventory.TopicSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * One scan of a live cluster, turned into the same {@link ClusterSnapshot} that snapshot files
 * give.
 *
 * <ul>
 *   <li>Sizes: {@code describeLogDirs}, the largest replica of each partition, summed: one copy.
 *   <li>Ingress: the records whose timestamps fall in the last sampling window (log-end offset
 *       minus the offset at {@code now − window}), times the partition's stored bytes per record
 *       (local bytes over local records), over the window. It needs no waiting, so a scan is as
 *       fast as its Admin calls.
 *   <li>Lag: log-end minus committed offsets in messages, and the age of the oldest unconsumed
 *       record.
 * </ul>
 */
final class LiveInventory {

  /**
   * Topic configuration keys reported with their effective value even when they come from broker
   * defaults.
   */
  private static final Set<String> MODEL_KEYS =
      Set.of(
          TopicConfig.CLEANUP_POLICY,
          TopicConfig.RETENTION_MS,
          TopicConfig.RETENTION_BYTES,
          TopicConfig.LOCAL_RETENTION_MS,
          TopicConfig.LOCAL_RETENTION_BYTES,
          TopicConfig.REMOTE_STORAGE_ENABLE,
          TopicConfig.SEGMENT_BYTES,
          TopicConfig.SEGMENT_MS);

  private final Admin admin;
  private final Properties properties;
  private final Duration window;
  private final Clock clock;

  LiveInventory(Admin admin, Properties properties, Duration window, Clock clock) {
    this.admin = admin;
    this.properties = properties;
    this.window = window;
    this.clock = clock;
  }

  ClusterSnapshot read(String cluster) throws ExecutionException, InterruptedException {
    Collection<Node> nodes = admin.describeCluster().nodes().get();
    List<BrokerInfo> brokers = nodes.stream().map(n -> new BrokerInfo(n.id(), n.rack())).toList();
    Set<String> names = admin.listTopics().names().get();
    Map<String, TopicDescription> topics =
        new TreeMap<>(admin.describeTopics(names).allTopicNames().get());
    Map<String, Map<String, String>> configs = configs(names);
    Map<TopicPartition, Long> sizes = sizes(nodes);
    List<TopicPartition> partitions = new ArrayList<>();
    topics
        .values()
        .forEach(
            t ->
                t.partitions()
                    .forEach(p -> partitions.add(new TopicPartition(t.name(), p.partition()))));
    long now = clock.millis();
    Map<TopicPartition, Long> latest = offsets(partitions, OffsetSpec.latest());
    // The bytes per record are the local log's bytes over its records: for a tiered topic the
    // log's start is remote, so count from the first offset still on disk.
    Map<TopicPartition, Long> earliest = earliestLocal(partitions);
    Map<TopicPartition, Long> windowStart =
        offsets(partitions, OffsetSpec.forTimestamp(now - window.toMillis()));
    Map<String, List<ConsumerGroupLag>> lags =
        new GroupLagReader(admin, properties, clock).read(latest);
    List<TopicSnapshot> out = new ArrayList<>();
    for (TopicDescription t : topics.values()) {
      long size = 0;
      double ingress = 0;
      int rf = 0;
      for (var p : t.partitions()) {
        TopicPartition tp = new TopicPartition(t.name(), p.partition());
        rf = Math.max(rf, p.replicas().size());
        long bytes = sizes.getOrDefault(tp, 0L);
        size += bytes;
        long end = latest.getOrDefault(tp, 0L);
        long records = end - earliest.getOrDefault(tp, 0L);
        long start = windowStart.getOrDefault(tp, -1L);
        long inWindow = start < 0 ? 0 : end - start;
        if (records > 0 && inWindow > 0) {
          ingress += inWindow * ((double) bytes / records);
        }
      }
      out.add(
          new TopicSnapshot(
              t.name(),
              t.partitions().size(),
              Math.max(rf, 1),
              configs.get(t.name()),
              ingress / (window.toMillis() / 1000.0),
              size,
              null,
              lags.getOrDefault(t.name(), List.of())));
    }
    return new ClusterSnapshot(cluster, null, null, brokers, List.of(), out);
  }

  private Map<String, Map<String, String>> configs(Set<String> names)
      throws ExecutionException, InterruptedException {
    List<ConfigResource> resources =
        names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    Map<String, Map<String, String>> out = new HashMap<>();
    for (Map.Entry<ConfigResource, Config> e :
        admin.describeConfigs(resources).all().get().entrySet()) {
      Map<String, String> c = new TreeMap<>();
      for (ConfigEntry entry : e.getValue().entries()) {
        boolean setOnTopic = entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG;
        if (entry.value() != null
            && (setOnTopic || MODEL_KEYS.contains(entry.name()))
            && !entry.isSensitive()) {
          c.put(entry.name(), entry.value());
        }
      }
      out.put(e.getKey().name(), c);
    }
    return out;
  }

  private Map<TopicPartition, Long> sizes(Collection<Node> nodes)
      throws ExecutionException, InterruptedException {
    List<Integer> ids = nodes.stream().map(Node::id).toList();
    Map<TopicPartition, Long> largest = new HashMap<>();
    for (Map<String, LogDirDescription> dirs :
        admin.describeLogDirs(ids).allDescriptions().get().values()) {
      for (LogDirDescription dir : dirs.values()) {
        for (Map.Entry<TopicPartition, ReplicaInfo> r : dir.replicaInfos().entrySet()) {
          if (!r.getValue().isFuture()) {
            largest.merge(r.getKey(), r.getValue().size(), Math::max);
          }
        }
      }
    }
    return largest;
  }

  /** The first offsets on local disk; on brokers that cannot say (before 3.9), the log's start. */
  private Map<TopicPartition, Long> earliestLocal(List<TopicPartition> partitions)
      throws ExecutionException, InterruptedException {
    try {
      return offsets(partitions, OffsetSpec.earliestLocal());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnsupportedVersionException) {
        return offsets(partitions, OffsetSpec.earliest());
      }
      throw e;
    }
  }

  private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
      throws ExecutionException, InterruptedException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(p -> request.put(p, spec));
    Map<TopicPartition, Long> out = new HashMap<>();
    for (Map.Entry<TopicPartition, ListOffsetsResultInfo> e :
        admin.listOffsets(request).all().get().entrySet()) {
      out.put(e.getKey(), e.getValue().offset());
    }
    return out;
  }
}
