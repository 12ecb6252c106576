package io.tierline.plugin.cluster;

import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.localcluster.broker.BrokerRuntime;
import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.plugin.Bucket;
import io.tierline.plugin.broker.BrokerCluster;
import io.tierline.plugin.broker.Deadline;
import io.tierline.plugin.broker.ExampleConfig;
import io.tierline.plugin.broker.RemoteLogMetadata;
import io.tierline.plugin.broker.TestBrokers;
import io.tierline.plugin.faults.FaultInjectingProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

/**
 * Three stock brokers of one Kafka version, each in its own JVM, in one KRaft cluster whose three
 * nodes are also its controller quorum; the plugin on every broker, loaded from {@code
 * target/plugin/} with {@code config/broker-tiering-s3.properties}; one bucket on the in-process S3
 * server, which the brokers reach through a {@link FaultInjectingProxy}. Topics are replicated
 * three times and a write needs two in-sync replicas.
 *
 * <p>Combined nodes rather than a separate controller: three JVMs rather than four on a small
 * machine, and killing a broker may kill the active controller with it, which the cluster must
 * survive as well.
 */
public final class TieredCluster implements AutoCloseable {
  public static final int BROKERS = 3;
  public static final int SEGMENT_BYTES = 1 << 20;
  static final Duration WAIT = Duration.ofMinutes(3);
  private static final String METRICS = "io.tierline.tiering:type=remote-storage-metrics";

  private final BrokerRuntime runtime;
  private final InProcessS3Server s3;
  private final FaultInjectingProxy proxy;
  private final BrokerCluster brokers;
  private final Bucket bucket;
  private final RemoteLogMetadata metadata;

  /**
   * The ids of the topics created here: a broker that restarted may not know a new topic yet when a
   * test asks, and an id never changes while its topic lives.
   */
  private final Map<String, Uuid> topicIds = new ConcurrentHashMap<>();

  private TieredCluster(
      BrokerRuntime runtime,
      InProcessS3Server s3,
      FaultInjectingProxy proxy,
      BrokerCluster brokers,
      Bucket bucket,
      RemoteLogMetadata metadata) {
    this.runtime = runtime;
    this.s3 = s3;
    this.proxy = proxy;
    this.brokers = brokers;
    this.bucket = bucket;
    this.metadata = metadata;
  }

  /** Starts the S3 server, the proxy and the three brokers of Kafka {@code version}. */
  public static TieredCluster start(String version, Path dir) throws Exception {
    InProcessS3Server s3 = InProcessS3Server.start(Files.createDirectories(dir.resolve("s3")));
    FaultInjectingProxy proxy = FaultInjectingProxy.start(s3.endpoint());
    Map<String, String> config = brokerConfig(proxy);
    String bucketName = config.get("rsm.config.storage.bucket");
    s3.createBucket(bucketName);
    // Three brokers share two cores and other builds: a smaller heap than the start script's 1 GiB.
    // The client compiler only: three JVMs starting at once on two cores spend far less time
    // compiling, and the volumes of these tests do not need the optimizing compiler.
    BrokerRuntime runtime =
        TestBrokers.of(version).withHeap("768m").withJvmOptions(List.of("-XX:TieredStopAtLevel=1"));
    BrokerCluster brokers = BrokerCluster.format(runtime, dir.resolve("kafka"), BROKERS, config);
    try {
      brokers.start();
      return new TieredCluster(
          runtime,
          s3,
          proxy,
          brokers,
          new Bucket(s3, bucketName),
          RemoteLogMetadata.open(runtime, brokers.bootstrapServers()));
    } catch (Throwable e) {
      e.addSuppressed(new AssertionError(brokers.logTails(60)));
      brokers.close();
      proxy.close();
      s3.close();
      throw e;
    }
  }

  /**
   * The example S3 configuration, with the endpoint pointed at the proxy, and what a cluster of
   * three on a small machine needs besides.
   */
  private static Map<String, String> brokerConfig(FaultInjectingProxy proxy) throws IOException {
    Map<String, String> config = new HashMap<>(ExampleConfig.load("broker-tiering-s3.properties"));
    config.putAll(ExampleConfig.fastTiering());
    config.put("rsm.config.storage.endpoint", proxy.endpoint().toString());
    // Internal topics replicated on all three nodes; writes acknowledged by two of them.
    config.put("rlmm.config.remote.log.metadata.topic.replication.factor", "3");
    config.put("rlmm.config.remote.log.metadata.topic.num.partitions", "3");
    config.put("offsets.topic.replication.factor", "3");
    config.put("offsets.topic.num.partitions", "3");
    config.put("transaction.state.log.replication.factor", "3");
    config.put("transaction.state.log.min.isr", "2");
    config.put("transaction.state.log.num.partitions", "3");
    config.put("default.replication.factor", "3");
    config.put("min.insync.replicas", "2");
    // A client that still looks for a topic a test deleted must not create it again.
    config.put("auto.create.topics.enable", "false");
    // Chunks of 1 MiB and parts of 5 MiB, so that segments of a few MiB are multipart uploads.
    config.put("rsm.config.chunk.size", String.valueOf(1 << 20));
    config.put("rsm.config.upload.part.size.bytes", String.valueOf(5 << 20));
    // A black-holed request gives up after 5 s rather than 2 minutes; backoffs stay short.
    config.put("rsm.config.request.timeout.ms", "5000");
    config.put("rsm.config.retry.backoff.max.ms", "1000");
    // Three brokers share a small machine: smaller read memory than the example's 256 MiB.
    config.put("rsm.config.fetch.cache.size.bytes", String.valueOf(32 << 20));
    config.put("rsm.config.fetch.readahead.size.bytes", String.valueOf(32 << 20));
    return config;
  }

  public String version() {
    return runtime.version();
  }

  public BrokerCluster brokers() {
    return brokers;
  }

  public BrokerProcess broker(int id) {
    return brokers.broker(id);
  }

  public FaultInjectingProxy proxy() {
    return proxy;
  }

  public Bucket bucket() {
    return bucket;
  }

  /** The S3 server's own endpoint, for clients that must not meet the proxy's faults. */
  public java.net.URI s3Endpoint() {
    return s3.endpoint();
  }

  public RemoteLogMetadata metadata() {
    return metadata;
  }

  public String bootstrapServers() {
    return brokers.bootstrapServers();
  }

  public Admin admin() {
    return brokers.admin();
  }

  /**
   * The configuration of a tiered topic: segments of 1 MiB, copied as soon as they roll and then
   * deleted from local disk after a second.
   */
  public static Map<String, String> tiered() {
    return Map.of(
        "remote.storage.enable", "true",
        "segment.bytes", String.valueOf(SEGMENT_BYTES),
        "local.retention.ms", "1000");
  }

  /** Creates a topic replicated on all three brokers; returns its id. */
  public Uuid createTopic(String topic, int partitions, Map<String, String> configs)
      throws Exception {
    return create(new NewTopic(topic, partitions, (short) BROKERS).configs(configs));
  }

  /** Creates a topic whose partition {@code p} lives on {@code assignment.get(p)}. */
  public Uuid createTopic(
      String topic, Map<Integer, List<Integer>> assignment, Map<String, String> configs)
      throws Exception {
    return create(new NewTopic(topic, assignment).configs(configs));
  }

  private Uuid create(NewTopic topic) throws Exception {
    try (Admin admin = admin()) {
      Uuid id = admin.createTopics(List.of(topic)).topicId(topic.name()).get(30, TimeUnit.SECONDS);
      topicIds.put(topic.name(), id);
      await(
          "every partition of " + topic.name() + " has a leader",
          () -> brokers.partitions(topic.name()).stream().allMatch(p -> p.leader() != null),
          () -> "");
      return id;
    }
  }

  public Uuid topicId(String topic) throws Exception {
    Uuid known = topicIds.get(topic);
    if (known != null) {
      return known;
    }
    AtomicReference<Uuid> described = new AtomicReference<>();
    await(
        "the brokers describe " + topic,
        () -> {
          try (Admin admin = admin()) {
            described.set(
                admin
                    .describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get(topic)
                    .topicId());
          }
          return true;
        },
        () -> "");
    return described.get();
  }

  /**
   * Waits until {@code condition} holds; on timeout the failure shows {@code state} and the last
   * lines of every broker's log.
   */
  public void await(String what, Deadline.CheckedCondition condition, Supplier<String> state)
      throws Exception {
    Deadline.awaitTolerant(what, WAIT, condition, () -> state.get() + "\n" + brokers.logTails(40));
  }

  /**
   * Waits until every partition of {@code topic} has at least {@code segments} segments copied, and
   * every replica of it keeps only its active segment locally: the rest is in the bucket alone.
   */
  public void awaitOffloaded(String topic, int partitions, int segments) throws Exception {
    await(
        topic + " is offloaded but for its active segments",
        () -> offloaded(topic, partitions, segments),
        () -> describeTiering(topic, partitions));
  }

  private boolean offloaded(String topic, int partitions, int segments) throws Exception {
    List<TopicPartitionInfo> infos = brokers.partitions(topic);
    for (int p = 0; p < partitions; p++) {
      int partition = p;
      long copied = metadata.copied(topic).stream().filter(s -> s.partition() == partition).count();
      Optional<Long> highest = metadata.highestCopiedOffset(topic, partition);
      if (copied < segments || highest.isEmpty()) {
        return false;
      }
      for (var replica : infos.get(partition).replicas()) {
        TreeSet<Long> local = broker(replica.id()).localSegments(topic, partition);
        if (local.size() != 1 || local.first() != highest.get() + 1) {
          return false;
        }
      }
    }
    return audit(topic).gaps().isEmpty();
  }

  /** Local segments per replica and copied segments per partition, for failure messages. */
  public String describeTiering(String topic, int partitions) {
    StringBuilder state = new StringBuilder();
    for (int p = 0; p < partitions; p++) {
      state.append("partition ").append(p).append(": local");
      for (BrokerProcess broker : brokers.brokers()) {
        state
            .append(" b")
            .append(broker.nodeId())
            .append('=')
            .append(broker.localSegments(topic, p));
      }
      int partition = p;
      state
          .append(", copied ")
          .append(
              BrokerCluster.seen(
                  () ->
                      metadata.copied(topic).stream()
                          .filter(s -> s.partition() == partition)
                          .map(s -> s.startOffset() + "-" + s.endOffset())
                          .toList()))
          .append('\n');
    }
    return state.toString();
  }

  /** The topic's remote log metadata compared with what the bucket holds for it. */
  public SegmentAudit audit(String topic) throws Exception {
    Uuid id = topicId(topic);
    return SegmentAudit.of(metadata.segments(topic), bucket.segmentObjects(topic, id.toString()));
  }

  /**
   * The sum, over the MBeans of one plugin metric on broker {@code id} that carry {@code tags}
   * (name-value pairs) besides the topic, of its value.
   */
  public double pluginMetric(int id, String topic, String metric, String... tags)
      throws IOException {
    StringBuilder pattern = new StringBuilder(METRICS).append(",topic=").append(topic);
    for (int i = 0; i + 1 < tags.length; i += 2) {
      pattern.append(',').append(tags[i]).append('=').append(tags[i + 1]);
    }
    return broker(id).jmxSum(pattern.append(",*").toString(), metric);
  }

  /** The largest value of one plugin metric of {@code topic}, over every running broker. */
  public double pluginMetricMaxOnAll(String topic, String metric) throws IOException {
    double max = 0;
    for (BrokerProcess broker : brokers.brokers()) {
      if (broker.isRunning()) {
        for (double value : broker.jmxValues(METRICS + ",topic=" + topic + ",*", metric).values()) {
          max = Double.isNaN(value) ? max : Math.max(max, value);
        }
      }
    }
    return max;
  }

  /**
   * The request attempts that failed and may pass ({@code failed-attempts-total}, all request
   * types, retried or not), summed over every running broker: a store-wide metric, not a topic's.
   */
  public double failedAttemptsOnAll() throws IOException {
    double sum = 0;
    for (BrokerProcess broker : brokers.brokers()) {
      if (broker.isRunning()) {
        sum += broker.jmxSum(METRICS + ",*", "failed-attempts-total");
      }
    }
    return sum;
  }

  /** As {@link #pluginMetric}, summed over every running broker. */
  public double pluginMetricOnAll(String topic, String metric, String... tags) throws IOException {
    double sum = 0;
    for (BrokerProcess broker : brokers.brokers()) {
      if (broker.isRunning()) {
        sum += pluginMetric(broker.nodeId(), topic, metric, tags);
      }
    }
    return sum;
  }

  /**
   * Puts the cluster back as a test expects to find it: no fault injected, every broker running and
   * registered.
   */
  public void heal() throws Exception {
    proxy.heal();
    for (BrokerProcess broker : brokers.brokers()) {
      if (!broker.isRunning()) {
        brokers.restart(broker.nodeId());
      }
    }
    await(
        "every broker is registered",
        () -> brokers.liveNodeIds().size() == BROKERS,
        () -> "live " + BrokerCluster.seen(brokers::liveNodeIds));
  }

  /**
   * Reads every partition of {@code topic} from its first offset with a fresh consumer up to where
   * the producer left off, and checks what was read against what the cluster acknowledged.
   */
  public VerifyingConsumer.Verification readAll(
      String topic, int partitions, SequencedProducer producer, boolean readCommitted)
      throws Exception {
    Map<Integer, Long> ends = endOffsets(topic, partitions);
    try (VerifyingConsumer consumer =
        new VerifyingConsumer(bootstrapServers(), topic, partitions, readCommitted)) {
      consumer.readUntil(ends, WAIT);
      return consumer.verify(producer.acked());
    }
  }

  /** The log end offset of each partition of {@code topic}. */
  public Map<Integer, Long> endOffsets(String topic, int partitions) throws Exception {
    Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> specs =
        new HashMap<>();
    for (int p = 0; p < partitions; p++) {
      specs.put(
          new org.apache.kafka.common.TopicPartition(topic, p),
          org.apache.kafka.clients.admin.OffsetSpec.latest());
    }
    Map<Integer, Long> ends = new HashMap<>();
    try (Admin admin = admin()) {
      admin
          .listOffsets(specs)
          .all()
          .get(30, TimeUnit.SECONDS)
          .forEach((tp, info) -> ends.put(tp.partition(), info.offset()));
    }
    return ends;
  }

  /** Sets (incrementally) the topic configurations {@code changes}. */
  public void alterTopic(String topic, Map<String, String> changes) throws Exception {
    org.apache.kafka.common.config.ConfigResource resource =
        new org.apache.kafka.common.config.ConfigResource(
            org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
    List<org.apache.kafka.clients.admin.AlterConfigOp> ops =
        changes.entrySet().stream()
            .map(
                e ->
                    new org.apache.kafka.clients.admin.AlterConfigOp(
                        new org.apache.kafka.clients.admin.ConfigEntry(e.getKey(), e.getValue()),
                        org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET))
            .toList();
    try (Admin admin = admin()) {
      admin.incrementalAlterConfigs(Map.of(resource, ops)).all().get(30, TimeUnit.SECONDS);
    }
  }

  /** The ids of the segments of {@code topic} that have objects in the bucket. */
  public java.util.Set<String> bucketSegmentIds(String topic, Uuid topicId) {
    return bucket.segmentObjects(topic, topicId.toString()).stream()
        .map(Bucket.SegmentObject::segmentId)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The ids of the segments of {@code topic} the metadata records as copied. */
  public java.util.Set<String> copiedSegmentIds(String topic) throws Exception {
    return metadata.copied(topic).stream()
        .map(RemoteLogMetadata.Segment::id)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Deletes {@code topic}. */
  public void deleteTopic(String topic) throws Exception {
    try (Admin admin = admin()) {
      admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
    }
    topicIds.remove(topic);
  }

  public String logTails(int lines) {
    return brokers.logTails(lines);
  }

  @Override
  public void close() throws Exception {
    try {
      metadata.close();
      bucket.close();
    } finally {
      brokers.close();
      proxy.close();
      s3.close();
    }
  }
}
