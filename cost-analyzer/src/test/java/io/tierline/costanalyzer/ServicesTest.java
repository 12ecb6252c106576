package io.tierline.costanalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.costanalyzer.errors.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration file as start-up reads it: validated, each mistake named, secrets never shown.
 */
class ServicesTest {

  @TempDir Path dir;

  Path write(String yaml) throws Exception {
    Path f = dir.resolve("service.yml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void load_theShippedDefaultIsValidAndServesTheSampleSnapshot() {
    CostAnalyzerConfiguration c = Services.load(Path.of("../config/cost-analyzer.yml"));
    assertThat(c.getClusters()).hasSize(1);
    assertThat(c.getClusters().get(0).isLive()).isFalse();
    assertThat(c.getClusters().get(0).getSnapshot())
        .isEqualTo("config/snapshots/sample-cluster.yaml");
  }

  @Test
  void load_clusterWithBothOrNeitherSourceIsRejected() throws Exception {
    assertThatThrownBy(
            () ->
                Services.load(
                    write(
                        "clusters:\n  - {name: a, snapshot: s.yaml, bootstrapServers: k:9092}\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("exactly one of snapshot and bootstrapServers");
    assertThatThrownBy(() -> Services.load(write("clusters:\n  - {name: a}\n")))
        .hasMessageContaining("exactly one of snapshot and bootstrapServers");
  }

  @Test
  void load_duplicateNamesNoClustersAndBadValuesAreRejectedByKey() throws Exception {
    assertThatThrownBy(
            () ->
                Services.load(
                    write("clusters:\n  - {name: a, snapshot: x}\n  - {name: a, snapshot: y}\n")))
        .hasMessageContaining("names must be unique");
    assertThatThrownBy(() -> Services.load(write("clusters: []\n")))
        .hasMessageContaining("clusters");
    assertThatThrownBy(() -> Services.load(write("clusters:\n  - {name: 'a b', snapshot: x}\n")))
        .hasMessageContaining("name");
    assertThatThrownBy(
            () ->
                Services.load(
                    write("maxRequestBytes: 10\nclusters:\n  - {name: a, snapshot: x}\n")))
        .hasMessageContaining("maxRequestBytes");
    assertThatThrownBy(
            () -> Services.load(write("cacheTtl: soon\nclusters:\n  - {name: a, snapshot: x}\n")))
        .hasMessageContaining("cacheTtl");
    assertThatThrownBy(
            () -> Services.load(write("colour: red\nclusters:\n  - {name: a, snapshot: x}\n")))
        .hasMessageContaining("colour");
  }

  @Test
  void load_secretsAreMaskedInToStringAndInErrors() throws Exception {
    String yaml =
        "clusters:\n"
            + "  - name: a\n"
            + "    bootstrapServers: k:9093\n"
            + "    kafka:\n"
            + "      sasl.jaas.config: 'org.apache.kafka.common.security.scram.ScramLoginModule"
            + " required username=\"u\" password=\"hunter2\";'\n"
            + "      ssl.truststore.password: topsecret\n"
            + "      security.protocol: SASL_SSL\n"
            + "apply:\n"
            + "  token: token-abcdefghijklmnop\n";
    CostAnalyzerConfiguration c = Services.load(write(yaml));
    String dump = c.getClusters().get(0).toString() + c.getApply().toString();
    assertThat(dump)
        .doesNotContain("hunter2")
        .doesNotContain("topsecret")
        .doesNotContain("token-abcdefghijklmnop")
        .contains("SASL_SSL")
        .contains("******");
    assertThat(c.getClusters().get(0).maskedKafkaProperties())
        .containsEntry("ssl.truststore.password", "******");
    String bad = yaml.replace("apply:\n", "maxRequestBytes: 1\napply:\n");
    assertThatThrownBy(() -> Services.load(write(bad)))
        .message()
        .doesNotContain("hunter2")
        .doesNotContain("topsecret");
  }

  private static final String MEASURED =
      "clusters:\n"
          + "  - name: a\n"
          + "    bootstrapServers: k:9093\n"
          + "    remoteStorage:\n"
          + "      bucket: tiered\n"
          + "      endpoint: http://127.0.0.1:9000\n"
          + "      pathStyleAccess: true\n"
          + "      accessKey: AKIAEXAMPLEKEYID\n"
          + "      secretKey: s3cr3t-bucket-key\n"
          + "      keyPrefix: cluster-1\n"
          + "    pluginMetrics:\n"
          + "      jmx: [b1:9999, 'service:jmx:rmi:///jndi/rmi://b2:9999/jmxrmi']\n"
          + "      username: monitor\n"
          + "      password: jmx-hunter2\n";

  @Test
  void load_remoteStorageAndPluginMetrics_areReadWithTheirKeysMasked() throws Exception {
    CostAnalyzerConfiguration c = Services.load(write(MEASURED));
    var cluster = c.getClusters().get(0);
    assertThat(cluster.getRemoteStorage().getBucket()).isEqualTo("tiered");
    assertThat(cluster.getPluginMetrics().getJmx()).hasSize(2);
    assertThat(cluster.getPluginMetrics().getRateWindow().toMinutes()).isEqualTo(15);
    assertThat(cluster.toString())
        .contains("s3://tiered at http://127.0.0.1:9000, key prefix cluster-1")
        .contains("b1:9999")
        .doesNotContain("AKIAEXAMPLEKEYID")
        .doesNotContain("s3cr3t-bucket-key")
        .doesNotContain("jmx-hunter2");
    String bad = MEASURED.replace("    remoteStorage:\n", "    remoteStorage:\n      region: ''\n");
    assertThatThrownBy(() -> Services.load(write(bad)))
        .hasMessageContaining("remoteStorage.region")
        .message()
        .doesNotContain("s3cr3t-bucket-key")
        .doesNotContain("jmx-hunter2");
  }

  @Test
  void load_badRemoteStorageOrPluginMetrics_isRejectedByKey() throws Exception {
    assertThatThrownBy(() -> Services.load(write(MEASURED.replace("      bucket: tiered\n", ""))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("remoteStorage")
        .hasMessageContaining("set bucket for the s3 backend");
    assertThatThrownBy(
            () ->
                Services.load(write(MEASURED.replace("      secretKey: s3cr3t-bucket-key\n", ""))))
        .hasMessageContaining("remoteStorage")
        .hasMessageContaining("accessKey and secretKey");
    assertThatThrownBy(
            () -> Services.load(write(MEASURED.replace("keyPrefix: cluster-1", "keyPrefix: /x/"))))
        .hasMessageContaining("remoteStorage.keyPrefix");
    assertThatThrownBy(() -> Services.load(write(MEASURED.replace("b1:9999,", "'b1 9999',"))))
        .hasMessageContaining("pluginMetrics")
        .hasMessageContaining("host:port");
    assertThatThrownBy(() -> Services.load(write(MEASURED + "      rateWindow: 1 second\n")))
        .hasMessageContaining("pluginMetrics.rateWindow");
    assertThatThrownBy(
            () ->
                Services.load(
                    write(
                        MEASURED.replace(
                            "endpoint: http://127.0.0.1:9000", "endpoint: 127.0.0.1:9000"))))
        .hasMessageContaining("endpoint");
  }
}
