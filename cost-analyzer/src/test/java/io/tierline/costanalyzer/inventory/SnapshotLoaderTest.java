package io.tierline.costanalyzer.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.costanalyzer.errors.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SnapshotLoaderTest {

  static final Path SAMPLE = Path.of("..", "config", "snapshots", "sample-cluster.yaml");

  private final SnapshotLoader loader = new SnapshotLoader();

  private ClusterSnapshot read(String yaml) {
    return loader.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_sample_isTheDocumentedMixOfTopics() throws IOException {
    ClusterSnapshot s = loader.read("sample", Files.readAllBytes(SAMPLE));
    TeamRules teams = new TeamRules(s.teams());

    assertThat(s.topics()).hasSizeBetween(38, 45);
    Set<String> teamNames =
        s.topics().stream().map(t -> teams.teamOf(t.name())).collect(Collectors.toSet());
    assertThat(teamNames)
        .contains("payments", "orders", "analytics", "identity", "logistics", "unassigned");
    assertThat(s.topics()).anyMatch(t -> !TopicConfig.of(t.configs()).deletes());
    assertThat(s.topics()).anyMatch(t -> TopicConfig.of(t.configs()).retentionBytes() > 0);
    assertThat(s.topics()).anyMatch(t -> t.ingressBytesPerSecond() >= 50_000_000);
    assertThat(s.topics()).anyMatch(t -> t.worstLagMs() >= 3_600_000);
    assertThat(s.rackCount()).isEqualTo(3);
  }

  @Test
  void read_unquotedConfigNumbers_areAccepted() {
    ClusterSnapshot s =
        read(
            """
            cluster: c
            topics:
              - {name: t, partitions: 3, replicationFactor: 3, ingressBytesPerSecond: 10,
                 configs: {retention.ms: 3600000, remote.storage.enable: true}}
            """);

    assertThat(TopicConfig.of(s.topics().get(0).configs()).retentionMs()).isEqualTo(3_600_000L);
  }

  @Test
  void read_badTopicField_namesTheTopicByIndex() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    cluster: c
                    topics:
                      - {name: a, partitions: 3, replicationFactor: 3, ingressBytesPerSecond: 10}
                      - {name: b, partitions: 0, replicationFactor: 3, ingressBytesPerSecond: 10}
                    """))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("test.yaml: topics[1].partitions: must be a count >= 1, was 0");
  }

  @Test
  void read_badConfigValue_namesTheKey() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    cluster: c
                    topics:
                      - {name: a, partitions: 3, replicationFactor: 3, ingressBytesPerSecond: 10,
                         configs: {retention.ms: soon}}
                    """))
        .hasMessage(
            "test.yaml: topics[0].configs.retention.ms: must be a whole number, was \"soon\"");
  }

  @Test
  void read_nonNumericRate_namesTheField() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    cluster: c
                    topics:
                      - {name: a, partitions: 3, replicationFactor: 3, ingressBytesPerSecond: fast}
                    """))
        .hasMessageStartingWith("test.yaml: topics[0].ingressBytesPerSecond: expected a number");
  }

  @Test
  void read_duplicateTopic_isRejected() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    cluster: c
                    topics:
                      - {name: a, partitions: 1, replicationFactor: 1, ingressBytesPerSecond: 0}
                      - {name: a, partitions: 1, replicationFactor: 1, ingressBytesPerSecond: 0}
                    """))
        .hasMessageContaining("topics: topic \"a\" appears twice");
  }
}
