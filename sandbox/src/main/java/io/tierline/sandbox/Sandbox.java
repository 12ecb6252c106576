package io.tierline.sandbox;

import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.localcluster.broker.BrokerRuntime;
import io.tierline.localcluster.s3.InProcessS3Server;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Everything the sandbox runs, started in order (S3 server, broker with the plugin, topics,
 * traffic, cost service) and stopped in reverse. {@link #close()} is what Ctrl-C runs: it waits
 * until the broker's JVM and every process it started are gone and every port is free again.
 */
final class Sandbox implements AutoCloseable {
  private static final String BROKER_HEAP = "768m";

  private final SandboxOptions options;
  private final SandboxHome home;
  private final SandboxFolder folder;
  private final SandboxPorts ports;
  private final PrintStream out;
  private final Instant startedAt = Instant.now();
  private InProcessS3Server s3;
  private BrokerProcess broker;
  private Traffic traffic;
  private CostService costService;
  private Path bucketDir;
  private boolean reused;

  private Sandbox(
      SandboxOptions options,
      SandboxHome home,
      SandboxFolder folder,
      SandboxPorts ports,
      PrintStream out) {
    this.options = options;
    this.home = home;
    this.folder = folder;
    this.ports = ports;
    this.out = out;
  }

  /** Starts everything; on a failure, stops what had started and throws. */
  static Sandbox start(SandboxOptions options, SandboxHome home, PrintStream out) throws Exception {
    SandboxPorts ports = options.freePorts() ? SandboxPorts.free() : SandboxPorts.DEFAULTS;
    ports.checkFree();
    Sandbox sandbox = new Sandbox(options, home, new SandboxFolder(options.data()), ports, out);
    try {
      sandbox.run();
      return sandbox;
    } catch (Exception | Error e) {
      sandbox.close();
      throw e;
    }
  }

  private void run() throws Exception {
    reused = folder.prepare(options.wipe());
    Path pluginDir = PluginInstall.unpack(home.pluginArchive(), folder.root());
    step("plugin", "unpacked " + home.pluginArchive().getFileName() + " into " + pluginDir);

    s3 = InProcessS3Server.start(Files.createDirectories(folder.s3()), ports.s3());
    BrokerSettings settings =
        BrokerSettings.of(home.exampleBrokerProperties(), pluginDir, s3.endpoint().toString());
    BrokerSettings.Bucket bucket = settings.bucket();
    s3.createBucket(bucket.name());
    bucketDir = folder.s3().resolve(bucket.name());
    step("S3 server", s3.endpoint() + ", bucket " + bucket.name());

    BrokerRuntime runtime = BrokerRuntime.of(home.kafkaVersion(), home.kafkaJars());
    broker =
        BrokerProcess.prepare(
            runtime.withHeap(BROKER_HEAP), folder.kafka(), ports.broker(), settings.lines());
    broker.start();
    step("Kafka " + home.kafkaVersion(), broker.bootstrapServers() + " (KRaft, one node)");

    createTopics();
    traffic = Traffic.start(broker.bootstrapServers(), TopicPlan.ALL, options.trafficFor());
    step("traffic", TopicPlan.ALL.size() + " topics");

    costService =
        CostService.start(
            folder.costService(),
            CostService.configuration(home, folder.costService(), ports, bucket));
    step("cost service", "http://127.0.0.1:" + ports.http());
    writeEndpoints(bucket);
  }

  private void step(String what, String detail) {
    long ms = Duration.between(startedAt, Instant.now()).toMillis();
    out.printf("  %5.1f s  %-13s %s%n", ms / 1000.0, what, detail);
  }

  private void createTopics() throws Exception {
    try (Admin admin = broker.admin()) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (TopicPlan t : TopicPlan.ALL) {
        if (!existing.contains(t.name())) {
          missing.add(new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs()));
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
      }
    }
  }

  private void writeEndpoints(BrokerSettings.Bucket bucket) throws IOException {
    Properties p = new Properties();
    p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    p.setProperty("kafka.pid", Long.toString(broker.processHandle().orElseThrow().pid()));
    p.setProperty("kafka.bootstrap", broker.bootstrapServers());
    p.setProperty("kafka.jmx", "127.0.0.1:" + ports.jmx());
    p.setProperty("s3.endpoint", s3.endpoint().toString());
    p.setProperty("s3.bucket", bucket.name());
    p.setProperty("s3.folder", objectsFolder(bucket).toString());
    p.setProperty("rest", restUrl());
    p.setProperty("admin", "http://127.0.0.1:" + ports.admin());
    p.setProperty("ports", ports.roles().keySet().toString().replaceAll("[\\[\\] ]", ""));
    // Written aside and moved into place, so that whoever waits for the file never reads half.
    Path partial = folder.endpoints().resolveSibling("endpoints.properties.partial");
    try (Writer w = Files.newBufferedWriter(partial)) {
      p.store(w, "The running sandbox's endpoints; removed when it stops");
    }
    Files.move(partial, folder.endpoints(), StandardCopyOption.ATOMIC_MOVE);
  }

  String restUrl() {
    return "http://127.0.0.1:" + ports.http() + "/api/v1";
  }

  Path objectsFolder(BrokerSettings.Bucket bucket) {
    return bucket.keyPrefix().isEmpty() ? bucketDir : bucketDir.resolve(bucket.keyPrefix());
  }

  /** What the bucket holds per topic now. */
  Map<String, RemoteProgress.Topic> remote() {
    return RemoteProgress.of(bucketDir);
  }

  Instant startedAt() {
    return startedAt;
  }

  boolean reused() {
    return reused;
  }

  SandboxPorts ports() {
    return ports;
  }

  SandboxFolder folder() {
    return folder;
  }

  /**
   * Stops the traffic, the cost service, the broker (and every process it started) and the S3
   * server, in that order, and waits for each.
   */
  @Override
  public synchronized void close() {
    List<Exception> failures = new ArrayList<>();
    stop(
        "traffic",
        () -> {
          if (traffic != null) {
            traffic.close();
            traffic = null;
          }
        },
        failures);
    stop(
        "cost service",
        () -> {
          if (costService != null) {
            costService.close();
            costService = null;
          }
        },
        failures);
    stop(
        "broker",
        () -> {
          if (broker != null) {
            broker.stop();
            broker = null;
          }
        },
        failures);
    stop(
        "S3 server",
        () -> {
          if (s3 != null) {
            s3.close();
            s3 = null;
          }
        },
        failures);
    stop("folder", folder::release, failures);
    if (!failures.isEmpty()) {
      IllegalStateException e = new IllegalStateException("the sandbox did not stop cleanly");
      failures.forEach(e::addSuppressed);
      throw e;
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void stop(String what, Step step, List<Exception> failures) {
    try {
      step.run();
    } catch (Exception e) {
      failures.add(new IllegalStateException("stopping the " + what + ": " + e, e));
    }
  }
}
