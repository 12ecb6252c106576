package io.tierline.costanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {

  private static final String SAMPLE = "../config/snapshots/sample-cluster.yaml";

  @Test
  void analyze_sample_printsTopicsTeamsAndRecommendations() throws Exception {
    CliRun run = CliRun.of("", "analyze", "--catalog-dir", "../config/pricing", SAMPLE);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(run.out());
    assertThat(a.get("cluster").asText()).isEqualTo("prod-use1");
    assertThat(a.get("topics")).hasSizeGreaterThanOrEqualTo(38);
    Set<String> teams = new HashSet<>();
    a.get("teams").forEach(t -> teams.add(t.get("team").asText()));
    assertThat(teams)
        .contains("payments", "orders", "analytics", "identity", "logistics", "unassigned");
    BigDecimal rows = BigDecimal.ZERO;
    for (JsonNode t : a.get("topics")) {
      rows = rows.add(t.get("cost").get("totalMonthlyCost").decimalValue());
    }
    assertThat(a.get("totals").get("totalMonthlyCost").decimalValue()).isEqualByComparingTo(rows);
    Set<String> rules = new HashSet<>();
    a.get("recommendations").forEach(r -> rules.add(r.get("rule").asText()));
    assertThat(rules)
        .contains(
            "enable-tiered-storage",
            "shorten-retention",
            "follower-fetching",
            "retention-bytes-per-partition",
            "small-segments",
            "infrequent-access-class");
    JsonNode first = a.get("recommendations").get(0);
    assertThat(first.get("changes").get(0).fieldNames())
        .toIterable()
        .containsExactly("scope", "key", "from", "to");
    assertThat(first.get("evidence")).isNotEmpty();
  }

  @Test
  void analyze_badSnapshot_exitsTwoNamingTheField() {
    CliRun run =
        CliRun.of(
            """
            cluster: c
            topics:
              - {name: a, partitions: 3, replicationFactor: -1, ingressBytesPerSecond: 10}
            """,
            "analyze",
            "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: -: topics[0].replicationFactor: must be a count >= 1, was -1"
                + System.lineSeparator());
  }

  @Test
  void analyze_invalidYaml_exitsTwoWithOneLine() {
    CliRun run = CliRun.of("cluster: c\ntopics: [\n  {name: a\n", "analyze", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("error: -: invalid YAML");
  }

  @Test
  void analyze_unknownCatalog_exitsTwo() {
    CliRun run = CliRun.of("", "analyze", "--catalog", "nowhere", SAMPLE);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: priceCatalog: unknown catalog \"nowhere\"");
  }
}
