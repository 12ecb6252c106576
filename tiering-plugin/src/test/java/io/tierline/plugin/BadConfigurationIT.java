package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.plugin.broker.ExampleConfig;
import io.tierline.plugin.broker.TestBrokers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A broker whose plugin configuration is wrong refuses to start and names the key. */
class BadConfigurationIT {

  static List<Arguments> mistakes() {
    return List.of(
        Arguments.of(
            "unknown backend", Map.of("rsm.config.storage.backend", "gcs"), "storage.backend"),
        Arguments.of("no bucket", Map.of("rsm.config.storage.bucket", ""), "storage.bucket"),
        Arguments.of("chunk size 0", Map.of("rsm.config.chunk.size", "0"), "chunk.size"),
        Arguments.of(
            "an archive storage class",
            Map.of("rsm.config.storage.class.rules", "logs\\..*=GLACIER"),
            "storage.class.rules"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void start_badPluginConfig_brokerExitsNamingTheKey(
      String mistake, Map<String, String> change, String key, @TempDir Path dir) throws Exception {
    Map<String, String> config = new HashMap<>(ExampleConfig.load("broker-tiering-s3.properties"));
    config.putAll(ExampleConfig.fastTiering());
    config.putAll(change);
    // An empty value is how a broker file says "no bucket": the key stays but holds nothing.
    config.values().removeIf(String::isEmpty);
    String version = TestBrokers.versions().get(TestBrokers.versions().size() - 1);
    BrokerProcess broker = BrokerProcess.format(TestBrokers.of(version), dir, config);

    int exitCode = broker.startExpectingExit(Duration.ofSeconds(90));

    assertThat(exitCode).as("exit code of a broker with " + mistake).isNotZero();
    assertThat(broker.log())
        .contains("Invalid value")
        .contains("configuration " + key)
        .doesNotContain("test-secret-key");
  }
}
