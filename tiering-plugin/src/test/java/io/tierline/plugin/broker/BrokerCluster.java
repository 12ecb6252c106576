package io.tierline.plugin.broker;

import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.localcluster.broker.BrokerRuntime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Stock Kafka brokers of one version, each in its own JVM, forming one KRaft cluster in combined
 * mode: every node is a broker and one of the controller quorum's voters. With three nodes the
 * quorum survives the loss of any one, so a test can kill the leader of a partition (and perhaps
 * the active controller with it) and the cluster carries on.
 */
public final class BrokerCluster implements AutoCloseable {
  private static final Duration WAIT = Duration.ofMinutes(2);

  private final List<BrokerProcess> brokers;

  private BrokerCluster(List<BrokerProcess> brokers) {
    this.brokers = brokers;
  }

  /**
   * Writes each node's {@code server.properties} under {@code dir/broker-<id>} ({@code config} plus
   * what ties the nodes together) and formats its storage. Node ids are 0 to {@code size - 1}.
   */
  public static BrokerCluster format(
      BrokerRuntime runtime, Path dir, int size, Map<String, String> config)
      throws IOException, InterruptedException {
    List<BrokerProcess.Ports> ports = BrokerProcess.Ports.free(size);
    Map<Integer, BrokerProcess.Ports> quorum = new HashMap<>();
    for (int id = 0; id < size; id++) {
      quorum.put(id, ports.get(id));
    }
    List<BrokerProcess> brokers = new ArrayList<>();
    for (int id = 0; id < size; id++) {
      brokers.add(BrokerProcess.prepare(runtime, dir.resolve("broker-" + id), id, quorum, config));
    }
    return new BrokerCluster(brokers);
  }

  /** Starts every node at once and waits until each answers and the cluster lists them all. */
  public BrokerCluster start() throws Exception {
    for (BrokerProcess broker : brokers) {
      broker.launch();
    }
    for (BrokerProcess broker : brokers) {
      broker.awaitStarted();
    }
    Deadline.awaitTolerant(
        "every broker is registered and unfenced",
        WAIT,
        () -> liveNodeIds().size() == brokers.size(),
        () -> "live " + seen(this::liveNodeIds) + "\n" + logTails(30));
    return this;
  }

  public List<BrokerProcess> brokers() {
    return brokers;
  }

  public BrokerProcess broker(int id) {
    return brokers.get(id);
  }

  /** Every running node's listener, as clients bootstrap from them. */
  public String bootstrapServers() {
    return brokers.stream()
        .filter(BrokerProcess::isRunning)
        .map(BrokerProcess::bootstrapServers)
        .collect(Collectors.joining(","));
  }

  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  /** The ids of the brokers the cluster lists as alive (registered and not fenced). */
  public List<Integer> liveNodeIds() throws Exception {
    try (Admin admin = admin()) {
      Collection<Node> nodes = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
      return nodes.stream().map(Node::id).sorted().toList();
    }
  }

  /** The partitions of {@code topic}, with leader, replicas and in-sync replicas, in order. */
  public List<TopicPartitionInfo> partitions(String topic) throws Exception {
    try (Admin admin = admin()) {
      TopicDescription description =
          admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
      return description.partitions();
    }
  }

  /** The id of the partition's leader, or -1 while it has none. */
  public int leader(String topic, int partition) throws Exception {
    Node leader = partitions(topic).get(partition).leader();
    return leader == null || leader.isEmpty() ? -1 : leader.id();
  }

  /** Waits until every partition of {@code topic} has all its replicas in sync. */
  public void awaitFullyInSync(String topic) throws Exception {
    Deadline.awaitTolerant(
        "every replica of " + topic + " is in sync",
        WAIT,
        () -> partitions(topic).stream().allMatch(p -> p.isr().size() == p.replicas().size()),
        () -> seen(() -> partitions(topic)));
  }

  /** Kills node {@code id} with SIGKILL and waits until the cluster no longer lists it. */
  public void kill(int id) throws Exception {
    broker(id).kill();
    Deadline.awaitTolerant(
        "the cluster notices that broker " + id + " is gone",
        WAIT,
        () -> !liveNodeIds().contains(id),
        () -> "live " + seen(this::liveNodeIds));
  }

  /** Starts node {@code id} again and waits until the cluster lists it as alive. */
  public void restart(int id) throws Exception {
    BrokerProcess broker = broker(id);
    broker.stop();
    broker.start();
    Deadline.awaitTolerant(
        "broker " + id + " is back",
        WAIT,
        () -> liveNodeIds().contains(id),
        () -> "live " + seen(this::liveNodeIds) + "\n" + broker.logTail(30));
  }

  /** What {@code look} returns, or why it could not look: for failure messages. */
  public static String seen(java.util.concurrent.Callable<?> look) {
    try {
      return String.valueOf(look.call());
    } catch (Exception e) {
      return "(unknown: " + e + ")";
    }
  }

  /** The last {@code lines} lines of every node's log, one block per node. */
  public String logTails(int lines) {
    StringBuilder tails = new StringBuilder();
    for (BrokerProcess broker : brokers) {
      tails
          .append("---- last ")
          .append(lines)
          .append(" lines of broker ")
          .append(broker.nodeId())
          .append(broker.isRunning() ? "" : " (not running)")
          .append(" ----\n")
          .append(broker.logTail(lines))
          .append('\n');
    }
    return tails.toString();
  }

  /**
   * Kills every node: the tests are over, and a graceful stop of the last nodes would wait for a
   * controller quorum that the first ones took away.
   */
  @Override
  public void close() throws InterruptedException {
    for (BrokerProcess broker : brokers) {
      broker.kill();
    }
  }
}
