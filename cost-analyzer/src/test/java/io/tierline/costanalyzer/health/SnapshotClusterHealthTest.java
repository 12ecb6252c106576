package io.tierline.costanalyzer.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import io.tierline.costanalyzer.inventory.SnapshotFileSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot that goes bad after start-up turns the cluster's health check red, with the reason.
 */
class SnapshotClusterHealthTest {

  @TempDir Path dir;

  @Test
  void check_validSnapshot_isHealthy() throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.copy(Path.of("..", "config", "snapshots", "sample-cluster.yaml"), file);

    HealthCheck.Result result = new ClusterHealthCheck(new SnapshotFileSource("c", file)).execute();

    assertThat(result.isHealthy()).as(result.getMessage()).isTrue();
  }

  @Test
  void check_snapshotThatNoLongerParses_isUnhealthyNamingTheProblem() throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "topics: [ {name: orders, partitions: not-a-number} ]\n");

    HealthCheck.Result result = new ClusterHealthCheck(new SnapshotFileSource("c", file)).execute();

    assertThat(result.isHealthy()).isFalse();
    assertThat(result.getMessage()).contains("cluster c").contains("partitions");
  }

  @Test
  void check_snapshotRemoved_isUnhealthy() {
    Path file = dir.resolve("gone.yaml");

    HealthCheck.Result result = new ClusterHealthCheck(new SnapshotFileSource("c", file)).execute();

    assertThat(result.isHealthy()).isFalse();
    assertThat(result.getMessage()).contains("cluster c").contains("gone.yaml");
  }
}
