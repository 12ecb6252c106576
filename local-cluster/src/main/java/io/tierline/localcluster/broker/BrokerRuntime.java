package io.tierline.localcluster.broker;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where one Kafka version's jars are (a directory that the build fills from Maven Central, see
 * {@code local-cluster/src/broker-runtime/pom.xml}), the broker JVM's heap and options, and what
 * else is on its class path.
 *
 * @param extraClassPath entries after Kafka's jars, such as {@code /opt/plugin/*}: empty unless
 *     {@link #withClassPath} adds some
 */
public record BrokerRuntime(
    String version, Path jars, String heap, List<String> jvmOptions, List<String> extraClassPath) {
  /**
   * What {@code kafka-run-class.sh} gives every broker it starts, so that these brokers collect
   * garbage the way a stock installation does.
   */
  public static final List<String> KAFKA_START_SCRIPT_OPTIONS =
      List.of(
          "-server",
          "-XX:+UseG1GC",
          "-XX:MaxGCPauseMillis=20",
          "-XX:InitiatingHeapOccupancyPercent=35",
          "-XX:+ExplicitGCInvokesConcurrent",
          "-Djava.awt.headless=true");

  public BrokerRuntime {
    jvmOptions = List.copyOf(jvmOptions);
    extraClassPath = List.copyOf(extraClassPath);
  }

  /** Kafka's jars alone on the class path. */
  public BrokerRuntime(String version, Path jars, String heap, List<String> jvmOptions) {
    this(version, jars, heap, jvmOptions, List.of());
  }

  /**
   * The jars of Kafka {@code version} in {@code jars}, with a 1 GiB heap and the start script's
   * options.
   *
   * @throws IllegalStateException naming the directory if it holds no Kafka broker jar
   */
  public static BrokerRuntime of(String version, Path jars) {
    if (!Files.isDirectory(jars)) {
      throw new IllegalStateException(
          "No Kafka " + version + " jars in " + jars + ": the build copies them there");
    }
    try (Stream<Path> files = Files.list(jars)) {
      if (files.noneMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"))) {
        throw new IllegalStateException(
            "No Kafka broker jar (kafka_2.13-*.jar) in " + jars + ": the build copies it there");
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read " + jars + ": " + e, e);
    }
    return new BrokerRuntime(version, jars, "1g", KAFKA_START_SCRIPT_OPTIONS);
  }

  /**
   * The same runtime with {@code -Xms} and {@code -Xmx} both {@code value}, as {@code
   * kafka-server-start.sh} sets them.
   */
  public BrokerRuntime withHeap(String value) {
    return new BrokerRuntime(version, jars, value, jvmOptions, extraClassPath);
  }

  /** The same runtime with {@code options} added after the start script's. */
  public BrokerRuntime withJvmOptions(List<String> options) {
    return new BrokerRuntime(
        version,
        jars,
        heap,
        Stream.concat(jvmOptions.stream(), options.stream()).toList(),
        extraClassPath);
  }

  /**
   * The same runtime with {@code entries} on the broker's class path after Kafka's jars, as for a
   * plugin whose jars an operator copied into the broker's {@code libs/}; {@code dir/*} names every
   * jar in {@code dir}.
   */
  public BrokerRuntime withClassPath(List<String> entries) {
    return new BrokerRuntime(
        version,
        jars,
        heap,
        jvmOptions,
        Stream.concat(extraClassPath.stream(), entries.stream()).toList());
  }

  String classPath() {
    return Stream.concat(Stream.of(jars + "/*"), extraClassPath.stream())
        .collect(Collectors.joining(File.pathSeparator));
  }
}
