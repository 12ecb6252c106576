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
}
