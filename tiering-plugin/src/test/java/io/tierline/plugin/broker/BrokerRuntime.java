package io.tierline.plugin.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the build put one Kafka version's jars ({@code target/kafka-<version>/}) and the plugin
 * directory ({@code target/plugin/}), and the broker JVM's heap and options. The Failsafe
 * configuration passes both locations.
 */
public record BrokerRuntime(String version, Path jars, String heap, List<String> jvmOptions) {
  /**
   * What {@code kafka-run-class.sh} gives every broker it starts, so that the tests' brokers
   * collect garbage the way a stock installation does.
   */
  static final List<String> KAFKA_START_SCRIPT_OPTIONS =
      List.of(
          "-server",
          "-XX:+UseG1GC",
          "-XX:MaxGCPauseMillis=20",
          "-XX:InitiatingHeapOccupancyPercent=35",
          "-XX:+ExplicitGCInvokesConcurrent",
          "-Djava.awt.headless=true");

  public static BrokerRuntime of(String version) {
    Path jars = Path.of(required("tierline.kafka.root")).resolve("kafka-" + version);
    if (!Files.isDirectory(jars)) {
      throw new IllegalStateException(
          "No broker jars in "
              + jars
              + "; run the build through"
              + " 'mvn verify', whose pre-integration-test phase resolves them");
    }
    return new BrokerRuntime(version, jars, "1g", KAFKA_START_SCRIPT_OPTIONS);
  }

  /** The versions the end-to-end tests run on, older first. */
  public static List<String> versions() {
    return Arrays.stream(required("tierline.kafka.versions").split(",")).map(String::trim).toList();
  }

  public static Path pluginDir() {
    return Path.of(required("tierline.plugin.dir"));
  }

  /** The plugin's tar.gz, which holds the same jars as {@link #pluginDir()}. */
  public static Path pluginArchive() {
    return Path.of(required("tierline.plugin.archive"));
  }

  public static Path configDir() {
    return Path.of(required("tierline.config.dir"));
  }

  /**
   * The same runtime with {@code -Xms} and {@code -Xmx} both {@code value}, as {@code
   * kafka-server-start.sh} sets them.
   */
  public BrokerRuntime withHeap(String value) {
    return new BrokerRuntime(version, jars, value, jvmOptions);
  }

  /** The same runtime with {@code options} added after the start script's. */
  public BrokerRuntime withJvmOptions(List<String> options) {
    return new BrokerRuntime(
        version, jars, heap, Stream.concat(jvmOptions.stream(), options.stream()).toList());
  }

  String classPath() {
    return jars + "/*";
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("System property " + property + " is not set");
    }
    return value;
  }
}
