package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.localcluster.broker.BrokerRuntime;
import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.plugin.broker.Deadline;
import io.tierline.plugin.broker.ExampleConfig;
import io.tierline.plugin.broker.TestBrokers;
import io.tierline.plugin.broker.TopicTraffic;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catch-up throughput of a consumer reading the same data from remote storage (plugin memory cold:
 * another tiered topic larger than the plugin's cache and read-ahead buffer together is read just
 * before, and the plugin's metrics show that each timed read fetched from the bucket what the first
 * read after a restart fetched) and from local disk (a twin topic without tiering), on one broker.
 * Then the ceiling: the broker restarted with a plugin cache that holds the whole tiered topic, so
 * that timed remote reads fetch nothing from the bucket and measure the broker's remote read path
 * with every byte in memory, which a plugin can hardly beat: it still has to copy each byte into
 * the broker's fetch buffer. Prints the three and their ratios; the figures go to
 * docs/benchmarks.md. Not part of the build's tests: run it with {@code mvn -B -pl tiering-plugin
 * -am verify -Dtierline.benchmark=true -Dit.test=RemoteReadBenchmarkIT
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Djacoco.skip=true}.
 */
@EnabledIfSystemProperty(named = "tierline.benchmark", matches = "true")
class RemoteReadBenchmarkIT {
  private static final long BYTES = Long.getLong("tierline.benchmark.bytes", 1L << 30);
  private static final String BACKEND = System.getProperty("tierline.benchmark.backend", "s3");
  private static final int RUNS = Integer.getInteger("tierline.benchmark.runs", 9);

  /** Untimed passes over both topics after each restart; fewer left the JIT busy in timed runs. */
  private static final int WARM_UP_PASSES = Integer.getInteger("tierline.benchmark.warmups", 4);

  /**
   * Three segments of 128 MiB: more than the plugin's cache and read-ahead buffer together (128 MiB
   * each in the example configuration).
   */
  private static final long WARM_UP_BYTES = 384L << 20;

  /**
   * Broker lines to add or replace, such as {@code
   * -Dtierline.benchmark.broker.rsm.config.chunk.size=8388608}.
   */
  private static final String BROKER_OVERRIDE = "tierline.benchmark.broker.";

  private static final int RECORD_SIZE = 8 * 1024;

  /**
   * {@code segment.bytes} of the two timed topics: the broker reads one remote segment per fetch of
   * a partition, so small segments measure the time per segment (manifest, indexes, first chunk,
   * the broker's own work) rather than per byte.
   */
  private static final int SEGMENT_BYTES =
      Integer.getInteger("tierline.benchmark.segment.bytes", 128 << 20);

  /** The warm-up topic's segments, whatever the timed topics' are: it only has to evict them. */
  private static final int WARM_UP_SEGMENT_BYTES = 128 << 20;

  /** Partitions of the two timed topics; the consumer reads them all. */
  private static final int PARTITIONS = Integer.getInteger("tierline.benchmark.partitions", 1);

  /** The consumer's {@code max.partition.fetch.bytes}, the same for both topics. */
  private static final int FETCH_BYTES =
      Integer.getInteger("tierline.benchmark.fetch.bytes", 4 << 20);

  /**
   * The typical broker arguments of Kafka's documentation ("Java Version"), with its 6 GiB heap,
   * beyond those its start script sets anyway: a broker as production runs it. With them the
   * broker's 4 MiB buffer for each remote fetch is an ordinary young object; with the 1 or 2 MiB
   * regions G1 picks for smaller heaps it is a humongous one.
   */
  private static final String DOCUMENTED_JVM_OPTIONS =
      "-XX:MetaspaceSize=96m"
          + " -XX:G1HeapRegionSize=16M -XX:MinMetaspaceFreeRatio=50 -XX:MaxMetaspaceFreeRatio=80";

  private static final String HEAP = System.getProperty("tierline.benchmark.heap", "6g");

  /** Broker JVM options added after those of Kafka's start script; empty for the script's alone. */
  private static final List<String> JVM_OPTIONS =
      Arrays.stream(
              System.getProperty("tierline.benchmark.jvm.options", DOCUMENTED_JVM_OPTIONS)
                  .split(" "))
          .filter(option -> !option.isBlank())
          .toList();

  /** The plugin cache for the ceiling runs: room for the whole tiered topic, with its overhead. */
  private static final long CEILING_CACHE_BYTES = 2 * BYTES;

  /** A ceiling run counts only if it fetched at most this share of a cold read from the bucket. */
  private static final double CEILING_FETCH_SHARE = 0.01;

  private static final double COLD_SHARE = 0.97;
  private static final Duration WAIT = Duration.ofMinutes(20);

  @Test
  void catchUpRead_remoteBesideLocal(@TempDir Path dir) throws Exception {
    assertThat(BYTES / PARTITIONS)
        .as("bytes per partition: more than one segment, or nothing but the active one is there")
        .isGreaterThan(SEGMENT_BYTES);
    List<String> versions = TestBrokers.versions();
    BrokerRuntime runtime =
        TestBrokers.of(versions.get(versions.size() - 1))
            .withHeap(HEAP)
            .withJvmOptions(JVM_OPTIONS);
    try (InProcessS3Server s3 =
        InProcessS3Server.start(Files.createDirectories(dir.resolve("s3")))) {
      Map<String, String> config =
          new HashMap<>(ExampleConfig.load("broker-tiering-" + BACKEND + ".properties"));
      config.putAll(ExampleConfig.fastTiering());
      if (BACKEND.equals("s3")) {
        config.put("rsm.config.storage.endpoint", s3.endpoint().toString());
        s3.createBucket(config.get("rsm.config.storage.bucket"));
      } else {
        config.put("rsm.config.storage.filesystem.root", dir.resolve("remote").toString());
      }
      System.getProperties().stringPropertyNames().stream()
          .filter(name -> name.startsWith(BROKER_OVERRIDE))
          .forEach(
              name ->
                  config.put(name.substring(BROKER_OVERRIDE.length()), System.getProperty(name)));
      BrokerProcess broker = BrokerProcess.format(runtime, dir.resolve("broker"), config);
      try {
        broker.start();
        createTopic(broker, "remote-read", PARTITIONS, SEGMENT_BYTES, true);
        createTopic(broker, "local-read", PARTITIONS, SEGMENT_BYTES, false);
        createTopic(broker, "remote-warm-up", 1, WARM_UP_SEGMENT_BYTES, true);
        long records = TopicTraffic.produce(broker, "remote-read", PARTITIONS, BYTES, RECORD_SIZE);
        assertThat(TopicTraffic.produce(broker, "local-read", PARTITIONS, BYTES, RECORD_SIZE))
            .isEqualTo(records);
        long warmUpRecords =
            TopicTraffic.produce(broker, "remote-warm-up", WARM_UP_BYTES, RECORD_SIZE);
        Deadline.await(
            "all but the active segment are remote and gone locally",
            WAIT,
            () ->
                IntStream.range(0, PARTITIONS)
                        .allMatch(
                            partition -> broker.localSegments("remote-read", partition).size() == 1)
                    && broker.localSegments("remote-warm-up", 0).size() == 1,
            () ->
                IntStream.range(0, PARTITIONS)
                        .map(partition -> broker.localSegments("remote-read", partition).size())
                        .sum()
                    + " local segments");

        // A fresh broker, then untimed passes over both topics, so that the timed runs measure
        // JIT-compiled read paths, as a broker that has run for a while has them.
        broker.stop();
        broker.start();
        // The first read after the restart is cold by construction: what it fetches from the
        // bucket is what every timed remote read must fetch to count as cold.
        BucketTraffic firstRead = warmUp(broker, records, WARM_UP_PASSES);
        Runs cold = new Runs();
        for (int run = 0; run < RUNS; run++) {
          // Reading another tiered topic, larger than the plugin's cache and read-ahead buffer
          // together, evicts the measured one: its remote read starts cold, as the bytes it
          // fetches from the bucket show.
          TopicTraffic.drain(broker, "remote-warm-up", 1, warmUpRecords, WAIT, FETCH_BYTES);
          cold.measure(broker, records);
        }
        BucketTraffic coldRead = firstRead != null ? firstRead : cold.traffic.get(0);

        broker.stop();
        broker.reconfigure(
            Map.of("rsm.config.fetch.cache.size.bytes", String.valueOf(CEILING_CACHE_BYTES)));
        broker.start();
        // Twice the passes: the young collections after the cache has filled move all of it into
        // the old generation, and with the usual passes the first two timed runs still read at
        // half speed.
        warmUp(broker, records, 2 * WARM_UP_PASSES);
        Runs ceiling = new Runs();
        for (int run = 0; run < RUNS; run++) {
          ceiling.measure(broker, records);
        }

        System.out.printf(
            "%n== Catch-up read of %d MiB in %d partition(s), segments of %d MiB, Kafka %s,"
                + " %s backend, %d runs, chunk %s, prefetch %s, cache %s, read-ahead %s,"
                + " consumer max.partition.fetch.bytes %d, broker heap %s, JVM options %s%n",
            BYTES >> 20,
            PARTITIONS,
            SEGMENT_BYTES >> 20,
            runtime.version(),
            BACKEND,
            RUNS,
            config.get("rsm.config.chunk.size"),
            config.get("rsm.config.fetch.prefetch.chunks"),
            config.get("rsm.config.fetch.cache.size.bytes"),
            config.get("rsm.config.fetch.readahead.size.bytes"),
            FETCH_BYTES,
            HEAP,
            JVM_OPTIONS);
        cold.print("remote (cold cache)", "cold");
        System.out.printf(
            "first read after the restart fetched %.1f MB from the bucket%n", coldRead.megabytes());
        ceiling.print("remote (ceiling: plugin cache holds the topic)", "ceiling");
        System.out.printf(
            "ratio remote/local  : cold %.2f (goal >= 0.8), ceiling %.2f;"
                + " the cold read reaches %.2f of the ceiling%n%n",
            cold.ratio(), ceiling.ratio(), cold.medianRemote() / ceiling.medianRemote());
        // The frequency-aware cache may keep a few chunks read often in earlier passes: nearly
        // all, not all, of a cold read comes from the bucket.
        double coldMegabytes = coldRead.megabytes();
        assertThat(cold.traffic)
            .as(
                "what each timed remote read fetched from the bucket: nearly"
                    + " what the first read after the restart fetched, or the read was not cold")
            .allMatch(run -> run.megabytes() >= COLD_SHARE * coldMegabytes);
        assertThat(ceiling.traffic)
            .as(
                "what each ceiling read fetched from the bucket: next to"
                    + " nothing, or the plugin's cache did not hold the topic")
            .allMatch(run -> run.megabytes() <= CEILING_FETCH_SHARE * coldMegabytes);
      } finally {
        broker.stop();
      }
    }
  }

  /** What the plugin's metrics say a topic fetched from the bucket, and its reads waited. */
  private record BucketTraffic(
      double megabytes, double gets, double lists, double waitMs, double refused) {
    static BucketTraffic of(BrokerProcess broker, String topic) throws IOException {
      return new BucketTraffic(
          broker.pluginMetric(topic, "bytes-fetched-total") / 1e6,
          broker.pluginMetric(topic, "requests-total", "request-type", "GET"),
          broker.pluginMetric(topic, "requests-total", "request-type", "LIST"),
          broker.pluginMetric(topic, "read-wait-time-ms-total"),
          broker.pluginMetric(topic, "prefetches-refused-total"));
    }

    BucketTraffic minus(BucketTraffic before) {
      return new BucketTraffic(
          megabytes - before.megabytes,
          gets - before.gets,
          lists - before.lists,
          waitMs - before.waitMs,
          refused - before.refused);
    }
  }

  /**
   * {@code passes} untimed reads of both timed topics; returns what the first remote one fetched
   * from the bucket, or null if there was none.
   */
  private static BucketTraffic warmUp(BrokerProcess broker, long records, int passes)
      throws IOException {
    BucketTraffic first = null;
    for (int pass = 0; pass < passes; pass++) {
      BucketTraffic before = BucketTraffic.of(broker, "remote-read");
      TopicTraffic.drain(broker, "remote-read", PARTITIONS, records, WAIT, FETCH_BYTES);
      if (first == null) {
        first = BucketTraffic.of(broker, "remote-read").minus(before);
      }
      TopicTraffic.drain(broker, "local-read", PARTITIONS, records, WAIT, FETCH_BYTES);
    }
    return first;
  }

  /**
   * One timed read of a topic: its bytes, MB/s, the consumer's mean fetch latency, and the CPU it
   * took.
   */
  private record Read(long bytes, double megabytesPerSecond, double fetchLatencyMs, Cpu cpu) {
    static Read of(BrokerProcess broker, String topic, long records) throws IOException {
      Cpu before = Cpu.now(broker);
      long start = System.nanoTime();
      TopicTraffic.Drained read =
          TopicTraffic.drain(broker, topic, PARTITIONS, records, WAIT, FETCH_BYTES);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Read(
          read.bytes(),
          read.bytes() / 1e6 / seconds,
          read.fetchLatencyMs(),
          Cpu.now(broker).minus(before));
    }
  }

  /** Timed reads of the tiered topic, each followed by one of its local twin. */
  private static final class Runs {
    private static final String READER_TIMER =
        "kafka.log.remote:type=RemoteLogManager,name=RemoteLogReaderFetchRateAndTimeMs";
    final List<Read> remote = new ArrayList<>();
    final List<Read> local = new ArrayList<>();
    final List<Double> remoteReadMs = new ArrayList<>();
    final List<BucketTraffic> traffic = new ArrayList<>();

    void measure(BrokerProcess broker, long records) throws IOException {
      BucketTraffic before = BucketTraffic.of(broker, "remote-read");
      double reads = broker.jmxAttribute(READER_TIMER, "Count");
      double readMs = reads * broker.jmxAttribute(READER_TIMER, "Mean");
      remote.add(Read.of(broker, "remote-read", records));
      traffic.add(BucketTraffic.of(broker, "remote-read").minus(before));
      double readsAfter = broker.jmxAttribute(READER_TIMER, "Count");
      remoteReadMs.add(
          (readsAfter * broker.jmxAttribute(READER_TIMER, "Mean") - readMs)
              / Math.max(1, readsAfter - reads));
      local.add(Read.of(broker, "local-read", records));
    }

    double medianRemote() {
      return median(remote.stream().map(Read::megabytesPerSecond).toList());
    }

    double ratio() {
      return medianRemote() / median(local.stream().map(Read::megabytesPerSecond).toList());
    }

    void print(String label, String name) {
      List<Double> localRates = local.stream().map(Read::megabytesPerSecond).toList();
      List<Double> remoteRates = remote.stream().map(Read::megabytesPerSecond).toList();
      System.out.printf("-- %s runs%n", name);
      System.out.printf(
          "local disk          : median %.1f MB/s %s%n", median(localRates), rounded(localRates));
      System.out.printf(
          "%s : median %.1f MB/s %s%n", label, median(remoteRates), rounded(remoteRates));
      System.out.printf(
          "consumer fetch latency, mean ms: local %s, remote %s%n",
          rounded(local.stream().map(Read::fetchLatencyMs).toList()),
          rounded(remote.stream().map(Read::fetchLatencyMs).toList()));
      System.out.printf(
          "broker remote read task, mean ms per fetch (Kafka's"
              + " RemoteLogReaderFetchRateAndTimeMs): %s%n",
          rounded(remoteReadMs));
      System.out.printf(
          "CPU seconds per read: local %s; remote %s%n",
          local.stream().map(Read::cpu).toList(), remote.stream().map(Read::cpu).toList());
      System.out.printf(
          "fetched from bucket : MB %s in GETs %s, LISTs %s%n",
          rounded(traffic.stream().map(BucketTraffic::megabytes).toList()),
          traffic.stream().map(BucketTraffic::gets).toList(),
          traffic.stream().map(BucketTraffic::lists).toList());
      System.out.printf(
          "plugin read waits  : ms %s (reads that waited for a chunk on its way),"
              + " prefetches refused for room %s%n",
          rounded(traffic.stream().map(BucketTraffic::waitMs).toList()),
          traffic.stream().map(BucketTraffic::refused).toList());
      System.out.printf(
          "per GiB read, medians: GETs %.0f; CPU seconds: broker %.2f (plugin fetches %.2f),"
              + " S3 server %.2f, consumer %.2f%n",
          perGib(i -> traffic.get(i).gets()),
          perGib(i -> remote.get(i).cpu().broker()),
          perGib(i -> remote.get(i).cpu().pluginFetches()),
          perGib(i -> remote.get(i).cpu().s3Server()),
          perGib(i -> remote.get(i).cpu().consumer()));
    }

    /** The median over the remote reads of a quantity of each, per GiB that read. */
    private double perGib(IntToDoubleFunction quantity) {
      return median(
          IntStream.range(0, remote.size())
              .mapToObj(i -> quantity.applyAsDouble(i) * (1L << 30) / remote.get(i).bytes())
              .toList());
    }
  }

  /**
   * CPU seconds used on this machine's cores: by the broker, and of that by the plugin's fetch
   * threads; by the in-process S3 server; and by the rest of this JVM, the consumer.
   */
  private record Cpu(double broker, double pluginFetches, double s3Server, double consumer) {
    static Cpu now(BrokerProcess broker) throws IOException {
      BrokerProcess.CpuTime brokerCpu = broker.cpuTime("tierline-segment-");
      long s3 = BrokerProcess.threadCpuTime(ManagementFactory.getThreadMXBean(), "S3Proxy");
      long self =
          ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime();
      return new Cpu(
          brokerCpu.process() / 1e9, brokerCpu.threads() / 1e9, s3 / 1e9, (self - s3) / 1e9);
    }

    Cpu minus(Cpu before) {
      // Only live threads are summed: a pool thread that ended in between takes its CPU time with
      // it (into the consumer's figure, for the S3 server's threads), so these are lower bounds.
      return new Cpu(
          broker - before.broker,
          Math.max(0, pluginFetches - before.pluginFetches),
          Math.max(0, s3Server - before.s3Server),
          consumer - before.consumer);
    }

    @Override
    public String toString() {
      return String.format(
          "[broker %.2f (plugin fetches %.2f), S3 server %.2f, consumer %.2f]",
          broker, pluginFetches, s3Server, consumer);
    }
  }

  private static void createTopic(
      BrokerProcess broker, String name, int partitions, int segmentBytes, boolean tiered)
      throws Exception {
    Map<String, String> configs =
        new HashMap<>(Map.of("segment.bytes", String.valueOf(segmentBytes)));
    if (tiered) {
      configs.put("remote.storage.enable", "true");
      configs.put("local.retention.ms", "1000");
    }
    try (Admin admin = broker.admin()) {
      admin
          .createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs)))
          .all()
          .get();
    }
  }

  private static List<String> rounded(List<Double> values) {
    return values.stream().map(v -> String.format("%.1f", v)).toList();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
