package io.tierline.localcluster.broker;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.management.AttributeNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A stock Kafka broker in KRaft combined mode, in its own JVM, started from the jars that Maven
 * resolved for one Kafka version: {@code StorageTool format}, then {@code kafka.Kafka}, exactly as
 * an operator's scripts do. Everything binds to 127.0.0.1. Its log goes to {@code broker.log} in
 * the work directory, its data to {@code data/}.
 */
public final class BrokerProcess implements AutoCloseable {
  private static final Duration START_DEADLINE = Duration.ofSeconds(90);
  private static final String CLUSTER_ID = "tierline-test-cluster01";

  private final BrokerRuntime runtime;
  private final Path workDir;
  private final Path properties;
  private final Ports ports;
  private final int nodeId;
  private volatile Process process;
  private JMXConnector jmx;

  /**
   * The broker's ports on 127.0.0.1.
   *
   * @param listener the {@code PLAINTEXT} listener clients connect to
   * @param controller the KRaft controller's listener
   * @param jmx the JVM's JMX (RMI) port, without authentication
   */
  public record Ports(int listener, int controller, int jmx) {
    /** Three ports that are free now. */
    public static Ports free() throws IOException {
      return free(1).get(0);
    }

    /** Ports for {@code brokers} brokers, all free now and all distinct. */
    public static List<Ports> free(int brokers) throws IOException {
      int[] chosen = freePorts(3 * brokers);
      List<Ports> all = new ArrayList<>();
      for (int i = 0; i < brokers; i++) {
        all.add(new Ports(chosen[3 * i], chosen[3 * i + 1], chosen[3 * i + 2]));
      }
      return all;
    }

    public List<Integer> all() {
      return List.of(listener, controller, jmx);
    }
  }

  private BrokerProcess(
      BrokerRuntime runtime, Path workDir, Path properties, Ports ports, int nodeId) {
    this.runtime = runtime;
    this.workDir = workDir;
    this.properties = properties;
    this.ports = ports;
    this.nodeId = nodeId;
  }

  /**
   * Writes {@code server.properties} (base settings plus {@code extra}) and formats storage, on
   * free ports.
   */
  public static BrokerProcess format(BrokerRuntime runtime, Path workDir, Map<String, String> extra)
      throws IOException, InterruptedException {
    return prepare(runtime, workDir, Ports.free(), extra);
  }

  /**
   * Writes {@code server.properties} (base settings plus {@code extra}) and formats storage unless
   * {@code workDir} holds a formatted broker already, whose data is then kept.
   */
  public static BrokerProcess prepare(
      BrokerRuntime runtime, Path workDir, Ports ports, Map<String, String> extra)
      throws IOException, InterruptedException {
    return prepare(runtime, workDir, 1, Map.of(1, ports), extra);
  }

  /**
   * As {@link #prepare(BrokerRuntime, Path, Ports, Map)}, for node {@code nodeId} of a cluster
   * whose nodes are all both broker and controller: {@code quorum} maps every node's id to its
   * ports, this one's included. Settings that depend on the cluster's size, such as the replication
   * of internal topics, are the caller's, in {@code extra}.
   */
  public static BrokerProcess prepare(
      BrokerRuntime runtime,
      Path workDir,
      int nodeId,
      Map<Integer, Ports> quorum,
      Map<String, String> extra)
      throws IOException, InterruptedException {
    Ports ports = quorum.get(nodeId);
    if (ports == null) {
      throw new IllegalArgumentException("Node " + nodeId + " is not in the quorum " + quorum);
    }
    Files.createDirectories(workDir);
    int port = ports.listener();
    int controllerPort = ports.controller();
    Properties props = new Properties();
    props.setProperty("process.roles", "broker,controller");
    props.setProperty("node.id", String.valueOf(nodeId));
    props.setProperty(
        "controller.quorum.voters",
        String.join(
            ",",
            new java.util.TreeMap<>(quorum)
                .entrySet().stream()
                    .map(e -> e.getKey() + "@127.0.0.1:" + e.getValue().controller())
                    .toList()));
    props.setProperty(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    props.setProperty("controller.listener.names", "CONTROLLER");
    props.setProperty("inter.broker.listener.name", "PLAINTEXT");
    props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.setProperty("log.dirs", workDir.resolve("data").toString());
    props.setProperty("offsets.topic.replication.factor", "1");
    props.setProperty("transaction.state.log.replication.factor", "1");
    props.setProperty("transaction.state.log.min.isr", "1");
    props.setProperty("group.initial.rebalance.delay.ms", "0");
    // Until the listener opens, an admin client that may rebootstrap spins on its one bootstrap
    // server, logging each turn; the remote log metadata manager's client, which connects to this
    // very broker, would compete with the broker's own start-up for the CPU.
    props.setProperty(
        "rlmm.config.remote.log.metadata.common.client.metadata.recovery.strategy", "none");
    props.putAll(extra);
    Path file = workDir.resolve("server.properties");
    write(props, file);
    BrokerProcess broker = new BrokerProcess(runtime, workDir, file, ports, nodeId);
    if (!broker.formatted()) {
      broker.run("kafka.tools.StorageTool", "format", "-t", CLUSTER_ID, "-c", file.toString());
    }
    return broker;
  }

  /** Whether the data directory was formatted already: an earlier run's data is there. */
  public boolean formatted() {
    return Files.exists(workDir.resolve("data").resolve("meta.properties"));
  }

  /** Starts the broker and waits until it answers on its listener, or fails if it exits. */
  public BrokerProcess start() throws IOException, InterruptedException {
    launch();
    return awaitStarted();
  }

  /**
   * Waits until a broker started with {@link #launch()} answers on its listener, or fails if it
   * exits. The nodes of a quorum are launched together: none finishes starting before a majority of
   * them runs.
   */
  public BrokerProcess awaitStarted() throws InterruptedException {
    Instant deadline = Instant.now().plus(START_DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The broker exited with "
                + process.exitValue()
                + " while starting; its log:\n"
                + logTail());
      }
      try (Admin admin = admin()) {
        admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        return this;
      } catch (Exception notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException(
        "The broker did not start in " + START_DEADLINE + ":\n" + logTail());
  }

  /** Starts the broker and waits until it exits on its own; returns its exit code. */
  public int startExpectingExit(Duration deadline) throws IOException, InterruptedException {
    launch();
    if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("The broker was still running after " + deadline);
    }
    return process.exitValue();
  }

  /** Starts the broker's JVM and returns at once; {@link #awaitStarted()} waits for it. */
  public void launch() throws IOException {
    int jmxPort = ports.jmx();
    process =
        command(
                "kafka.Kafka",
                List.of(
                    "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                    "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                    "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                    "-Dcom.sun.management.jmxremote.authenticate=false",
                    "-Dcom.sun.management.jmxremote.ssl=false",
                    "-Djava.rmi.server.hostname=127.0.0.1"),
                properties.toString())
            .start();
  }

  /**
   * The value of one of the plugin's per-topic metrics, read over JMX from the running broker, such
   * as {@code bytes-fetched-total}; {@code tags} are the metric's tags besides the topic, as
   * name-value pairs. Zero if the plugin has not recorded it yet.
   */
  public double pluginMetric(String topic, String metric, String... tags) throws IOException {
    StringBuilder name =
        new StringBuilder("io.tierline.tiering:type=remote-storage-metrics,topic=").append(topic);
    for (int i = 0; i + 1 < tags.length; i += 2) {
      name.append(',').append(tags[i]).append('=').append(tags[i + 1]);
    }
    return jmxAttribute(name.toString(), metric);
  }

  /**
   * A numeric MBean attribute of the running broker, read over JMX through one connection per
   * broker start; zero if there is no such MBean or attribute (a metric not recorded yet).
   */
  public double jmxAttribute(String mbean, String attribute) throws IOException {
    return jmxAttributeOf(mbean, attribute);
  }

  /**
   * The sum of a numeric attribute over every MBean whose name matches {@code pattern}, a JMX
   * pattern such as {@code kafka.server:type=BrokerTopicMetrics,*}; zero if none has it yet.
   */
  public double jmxSum(String pattern, String attribute) throws IOException {
    return jmxValues(pattern, attribute).values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * A numeric attribute of every MBean whose name matches {@code pattern} and has it, by MBean
   * name.
   */
  public Map<String, Double> jmxValues(String pattern, String attribute) throws IOException {
    try {
      MBeanServerConnection server = jmx();
      Map<String, Double> values = new java.util.TreeMap<>();
      for (ObjectName name : server.queryNames(new ObjectName(pattern), null)) {
        try {
          Object value = server.getAttribute(name, attribute);
          if (value instanceof Number number) {
            values.put(name.toString(), number.doubleValue());
          }
        } catch (AttributeNotFoundException anotherMetricOfTheGroup) {
          // Not every MBean the pattern matches has this attribute.
        }
      }
      return values;
    } catch (JMException e) {
      throw new IOException("Cannot read " + attribute + " of " + pattern + ": " + e, e);
    }
  }

  private double jmxAttributeOf(String mbean, String attribute) throws IOException {
    try {
      MBeanServerConnection server = jmx();
      ObjectName name = new ObjectName(mbean);
      if (!server.isRegistered(name)) {
        return 0;
      }
      return ((Number) server.getAttribute(name, attribute)).doubleValue();
    } catch (AttributeNotFoundException notRecordedYet) {
      return 0;
    } catch (JMException e) {
      throw new IOException("Cannot read " + attribute + " of " + mbean + ": " + e, e);
    }
  }

  /**
   * CPU time the broker's JVM has used so far, in nanoseconds.
   *
   * @param process all of it
   * @param threads that of the live threads whose names start with the prefix asked for
   */
  public record CpuTime(long process, long threads) {}

  /** The broker's {@link CpuTime}, with the threads named {@code threadPrefix}… apart. */
  public CpuTime cpuTime(String threadPrefix) throws IOException {
    MBeanServerConnection server = jmx();
    ThreadMXBean threads =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
    OperatingSystemMXBean os =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
    return new CpuTime(os.getProcessCpuTime(), threadCpuTime(threads, threadPrefix));
  }

  /**
   * CPU nanoseconds of the live threads of {@code threads}' JVM whose names start with {@code
   * prefix}.
   */
  public static long threadCpuTime(ThreadMXBean threads, String prefix) {
    long[] ids = threads.getAllThreadIds();
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    long named = 0;
    for (int i = 0; i < ids.length; i++) {
      if (infos[i] != null && infos[i].getThreadName().startsWith(prefix)) {
        named += Math.max(0, threads.getThreadCpuTime(ids[i]));
      }
    }
    return named;
  }

  private synchronized MBeanServerConnection jmx() throws IOException {
    if (jmx == null) {
      jmx =
          JMXConnectorFactory.connect(
              new JMXServiceURL(
                  "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + ports.jmx() + "/jmxrmi"));
    }
    return jmx.getMBeanServerConnection();
  }

  /**
   * Sets {@code changes} in {@code server.properties}, for the next start; the broker must be
   * stopped.
   */
  public void reconfigure(Map<String, String> changes) throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("Stop the broker before changing its configuration");
    }
    Properties props = new Properties();
    try (var in = Files.newBufferedReader(properties)) {
      props.load(in);
    }
    props.putAll(changes);
    write(props, properties);
  }

  private static void write(Properties props, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      props.store(out, "test broker");
    }
  }

  /**
   * Stops the broker gracefully (SIGTERM to it and to any process it started) and waits for it;
   * after a minute it is killed.
   */
  public void stop() throws InterruptedException {
    closeJmx();
    Process process = this.process;
    if (process != null && process.isAlive()) {
      List<ProcessHandle> children = process.descendants().toList();
      children.forEach(ProcessHandle::destroy);
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      for (ProcessHandle child : children) {
        child.destroyForcibly();
        child.onExit().join();
      }
    }
  }

  /**
   * Kills the broker's JVM, and any process it started, with SIGKILL ({@code kill -9}): no shutdown
   * hook runs and nothing is flushed, as when a machine dies.
   */
  public void kill() throws InterruptedException {
    closeJmx();
    Process process = this.process;
    if (process != null && process.isAlive()) {
      List<ProcessHandle> children = process.descendants().toList();
      process.destroyForcibly();
      process.waitFor(60, TimeUnit.SECONDS);
      for (ProcessHandle child : children) {
        child.destroyForcibly();
        child.onExit().join();
      }
    }
  }

  /** Whether the broker's JVM runs: started and neither stopped, killed nor exited. */
  public boolean isRunning() {
    Process process = this.process;
    return process != null && process.isAlive();
  }

  /** The broker's {@code node.id}: 1 for a broker on its own. */
  public int nodeId() {
    return nodeId;
  }

  private synchronized void closeJmx() {
    if (jmx != null) {
      try {
        jmx.close();
      } catch (IOException brokerGoingAnyway) {
        // The connection dies with the broker.
      }
      jmx = null;
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + ports.listener();
  }

  public Ports ports() {
    return ports;
  }

  /** The broker's JVM while it runs; empty before the first start. */
  public java.util.Optional<ProcessHandle> processHandle() {
    return java.util.Optional.ofNullable(process).map(Process::toHandle);
  }

  /** The work directory: {@code server.properties}, {@code data/}, {@code broker.log}. */
  public Path workDir() {
    return workDir;
  }

  public Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            AdminClientConfig.METADATA_RECOVERY_STRATEGY_CONFIG,
            "none"));
  }

  /** The directory that holds one partition's log. */
  public Path partitionDir(String topic, int partition) {
    return workDir.resolve("data").resolve(topic + "-" + partition);
  }

  /** The base offsets of the segments that one partition holds on local disk. */
  public TreeSet<Long> localSegments(String topic, int partition) {
    TreeSet<Long> offsets = new TreeSet<>();
    Path dir = partitionDir(topic, partition);
    if (!Files.isDirectory(dir)) {
      return offsets;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".log"))
          .forEach(n -> offsets.add(Long.parseLong(n.substring(0, n.indexOf('.')))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return offsets;
  }

  /** Everything the broker wrote to its log and to standard output so far. */
  public String log() {
    try {
      StringBuilder all = new StringBuilder();
      for (String name : List.of("broker.log", "stdout.log")) {
        Path file = workDir.resolve(name);
        if (Files.exists(file)) {
          all.append(Files.readString(file));
        }
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The last {@code lines} lines of the broker's log and standard output, a run of lines that
   * differ only in their timestamp counted as one: a client that reconnects in a loop would
   * otherwise push everything that explains a failure out of the tail.
   */
  public String logTail(int lines) {
    List<String> distinct = withoutRepeats(log().split("\n"));
    return String.join(
        "\n", distinct.subList(Math.max(0, distinct.size() - lines), distinct.size()));
  }

  public String logTail() {
    String log = logTail(Integer.MAX_VALUE);
    return log.length() <= 20_000 ? log : log.substring(log.length() - 20_000);
  }

  static List<String> withoutRepeats(String[] lines) {
    List<String> kept = new java.util.ArrayList<>();
    String previous = null;
    int repeats = 0;
    for (String line : lines) {
      String message = line.replaceFirst("^\\[[^]]*] ", "");
      if (message.equals(previous)) {
        repeats++;
        continue;
      }
      if (repeats > 0) {
        kept.add("    (" + repeats + " more like the line above)");
      }
      kept.add(line);
      previous = message;
      repeats = 0;
    }
    if (repeats > 0) {
      kept.add("    (" + repeats + " more like the line above)");
    }
    return kept;
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private void run(String mainClass, String... args) throws IOException, InterruptedException {
    Process tool = command(mainClass, List.of(), args).start();
    if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0) {
      tool.destroyForcibly();
      throw new IllegalStateException(mainClass + " failed:\n" + logTail());
    }
  }

  private ProcessBuilder command(String mainClass, List<String> jvmOptions, String... args)
      throws IOException {
    Path log4j = workDir.resolve("log4j2.properties");
    Files.writeString(
        log4j,
        String.join(
            "\n",
            "rootLogger.level=INFO",
            "rootLogger.appenderRef.file.ref=file",
            "appender.file.type=File",
            "appender.file.name=file",
            "appender.file.fileName=" + workDir.resolve("broker.log"),
            "appender.file.layout.type=PatternLayout",
            "appender.file.layout.pattern=[%d] %p %m (%c)%n%throwable",
            ""));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + runtime.heap(),
                "-Xmx" + runtime.heap()));
    command.addAll(runtime.jvmOptions());
    command.addAll(jvmOptions);
    command.addAll(
        List.of("-Dlog4j2.configurationFile=" + log4j, "-cp", runtime.classPath(), mainClass));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("stdout.log").toFile()));
  }

  /**
   * Distinct free ports: every socket stays open until all are chosen, because the kernel may hand
   * a just-released ephemeral port out again to the next bind.
   */
  static int[] freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new java.util.ArrayList<>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        sockets.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }
}
