package io.tierline.plugin.broker;

import io.tierline.localcluster.broker.BrokerRuntime;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the Failsafe configuration passes to the plugin's broker tests: where the build put each
 * Kafka version's jars ({@code target/kafka-<version>/}), the plugin directory ({@code
 * target/plugin/}) and archive, and the example configuration files.
 */
public final class TestBrokers {
  private TestBrokers() {}

  /** The runtime of one of {@link #versions()}, from {@code target/kafka-<version>/}. */
  public static BrokerRuntime of(String version) {
    Path jars = Path.of(required("tierline.kafka.root")).resolve("kafka-" + version);
    try {
      return BrokerRuntime.of(version, jars);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          e.getMessage()
              + "; run the build through 'mvn verify', whose pre-integration-test phase"
              + " resolves them",
          e);
    }
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

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("System property " + property + " is not set");
    }
    return value;
  }
}
