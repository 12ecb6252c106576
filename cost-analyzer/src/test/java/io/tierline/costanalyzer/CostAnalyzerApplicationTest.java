package io.tierline.costanalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.jersey.validation.Validators;
import io.tierline.costanalyzer.configuration.ClusterConfig;
import io.tierline.costanalyzer.errors.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostAnalyzerApplicationTest {

  @Test
  void run_shippedCatalogs_startsWithoutError() {
    CostAnalyzerConfiguration config = new CostAnalyzerConfiguration();
    config.setPricingDirectory("../config/pricing");

    Services.start(config, Clock.systemUTC()).close();

    assertThat(new CostAnalyzerApplication().getName()).isEqualTo("tierline-cost-analyzer");
  }

  @Test
  void run_badCatalog_failsStartUpNamingTheEntry(@TempDir Path dir) throws Exception {
    String aws = Files.readString(Path.of("..", "config", "pricing", "aws-us-east-1.yaml"));
    Files.writeString(
        dir.resolve("aws-us-east-1.yaml"), aws.replace("getPer1000: 0.0004", "getPer1000: -1"));
    CostAnalyzerConfiguration config = new CostAnalyzerConfiguration();
    config.setPricingDirectory(dir.toString());

    assertThatThrownBy(() -> Services.start(config, Clock.systemUTC()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("aws-us-east-1.yaml: requests.getPer1000: must be a price >= 0, was -1.0");
  }

  @Test
  void run_missingSnapshot_failsStartUpNamingClusterAndFile(@TempDir Path dir) {
    CostAnalyzerConfiguration config = snapshotCluster(dir.resolve("missing.yaml"));

    assertThatThrownBy(() -> Services.start(config, Clock.systemUTC()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("clusters[].snapshot")
        .hasMessageContaining("cluster c")
        .hasMessageContaining("missing.yaml");
  }

  @Test
  void run_malformedSnapshot_failsStartUpNamingTheField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "topics: [ {name: orders, partitions: not-a-number} ]\n");
    CostAnalyzerConfiguration config = snapshotCluster(file);

    assertThatThrownBy(() -> Services.start(config, Clock.systemUTC()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cluster c")
        .hasMessageContaining("partitions");
  }

  private static CostAnalyzerConfiguration snapshotCluster(Path snapshot) {
    ClusterConfig cluster = new ClusterConfig();
    cluster.setName("c");
    cluster.setSnapshot(snapshot.toString());
    CostAnalyzerConfiguration config = new CostAnalyzerConfiguration();
    config.setPricingDirectory("../config/pricing");
    config.setClusters(List.of(cluster));
    return config;
  }

  @Test
  void configuration_emptyPricingDirectory_isAViolation() {
    CostAnalyzerConfiguration config = new CostAnalyzerConfiguration();
    config.setPricingDirectory("");

    assertThat(Validators.newValidator().validate(config))
        .anyMatch(v -> v.getPropertyPath().toString().equals("pricingDirectory"));
  }
}
