package io.tierline.reports.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.SampleReports;
import io.tierline.reports.focus.FocusColumn;
import io.tierline.reports.testing.ExternalProcess;
import io.tierline.reports.testing.Formats;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads the Parquet report with DuckDB (the npm package {@code @duckdb/node-api}, which the build
 * installs into {@code reports/node_modules} with {@code npm install}), an engine that shares no
 * code with parquet-java. Skipped, with the reason, on a machine without Node.js.
 */
class DuckDbReaderIT {
  private static final Path SCRIPT = Path.of("src", "test", "node", "read-parquet.mjs");
  private static final Path OUT = Path.of("target", "duckdb-it");
  private static final Optional<Path> NODE = ExternalProcess.onPath("node", "nodejs");
  private Path node;

  // Checked before each test, not once per class, so every test shows as skipped with the reason.
  @BeforeEach
  void requireNodeAndDuckDb() {
    assumeTrue(NODE.isPresent(), "Node.js is not installed: skipping the DuckDB reader test");
    assumeTrue(
        Files.isDirectory(Path.of("node_modules", "@duckdb", "node-api")),
        "@duckdb/node-api is not installed (npm was missing when the build installed it):"
            + " skipping");
    node = NODE.get();
  }

  @Test
  void read_smallCluster_rowCountTypesAndSumMatchTheReport() throws Exception {
    assertDuckDbAgrees(SampleReports.smallClusterWithHistory(), "small-cluster.parquet");
  }

  @Test
  void read_tenThousandTopics_rowCountTypesAndSumMatchTheReport() throws Exception {
    assertDuckDbAgrees(SampleReports.largeCluster(10_000), "large-cluster.parquet");
  }

  private void assertDuckDbAgrees(Report report, String fileName) throws Exception {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(fileName);
    Files.write(file, Formats.bytes(report, ReportFormat.PARQUET));

    JsonNode duckdb =
        new ObjectMapper()
            .readTree(
                ExternalProcess.run(
                    Path.of("."),
                    Duration.ofMinutes(2),
                    List.of(node.toString(), SCRIPT.toString(), file.toAbsolutePath().toString())));

    assertThat(duckdb.get("rowCount").asLong()).isEqualTo(report.rows().size());
    assertThat(new BigDecimal(duckdb.get("sumBilledCost").asText()))
        .isEqualTo(report.totals().total());
    assertThat(duckdb.get("resources").asLong()).isEqualTo(report.totals().byTopic().size());
    assertThat(duckdb.get("listCostMismatches").asLong())
        .as("rows where ListUnitPrice x PricingQuantity is not ListCost")
        .isZero();
    JsonNode types = duckdb.get("columnTypes");
    assertThat(types.size()).isEqualTo(FocusColumn.values().length);
    for (FocusColumn column : FocusColumn.values()) {
      assertThat(types.path(column.columnName()).asText())
          .as(column.columnName())
          .isEqualTo(duckDbType(column));
    }
  }

  private static String duckDbType(FocusColumn column) {
    return switch (column.type()) {
      case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
      case DECIMAL, PRICE -> "DECIMAL(18,6)";
      case STRING -> "VARCHAR";
      case INT64 -> "BIGINT";
    };
  }
}
