package io.tierline.costanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code report}: the sample cluster's report in each format, from the service's configuration. */
class ReportCommandTest {

  static final String CONFIG = "src/test/resources/test-service.yml";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"html", "csv", "parquet", "json"})
  void report_writesEachFormat(String format) throws Exception {
    Path out = dir.resolve("report." + format);
    CliRun run =
        CliRun.of(
            "",
            "report",
            "--config",
            CONFIG,
            "--cluster",
            "prod-use1",
            "--format",
            format,
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    String head = new String(bytes, 0, 16, StandardCharsets.ISO_8859_1);
    switch (format) {
      case "html" ->
          assertThat(new String(bytes, StandardCharsets.UTF_8))
              .contains("<html")
              .contains("payments");
      case "csv" ->
          assertThat(new String(bytes, StandardCharsets.UTF_8))
              .startsWith("BillingAccountId,")
              .contains("payments.transactions");
      case "parquet" -> assertThat(head).startsWith("PAR1");
      default ->
          assertThat(new ObjectMapper().readTree(bytes).get("cluster").asText())
              .isEqualTo("prod-use1");
    }
  }

  @Test
  void report_unknownClusterOrMissingOptionIsAUserError() {
    CliRun unknown =
        CliRun.of(
            "",
            "report",
            "--config",
            CONFIG,
            "--cluster",
            "nope",
            "--format",
            "csv",
            "--out",
            dir.resolve("x").toString());
    assertThat(unknown.exitCode()).isEqualTo(CostAnalyzerCli.USER_ERROR);
    assertThat(unknown.err()).contains("nope").doesNotContain("Exception");
    CliRun noOut =
        CliRun.of("", "report", "--config", CONFIG, "--cluster", "prod-use1", "--format", "csv");
    assertThat(noOut.exitCode()).isEqualTo(CostAnalyzerCli.USER_ERROR);
    assertThat(noOut.err()).contains("--out");
    CliRun badFormat =
        CliRun.of(
            "",
            "report",
            "--config",
            CONFIG,
            "--cluster",
            "prod-use1",
            "--format",
            "pdf",
            "--out",
            dir.resolve("x").toString());
    assertThat(badFormat.exitCode()).isEqualTo(CostAnalyzerCli.USER_ERROR);
    assertThat(badFormat.err()).contains("format");
    CliRun badConfig =
        CliRun.of(
            "",
            "report",
            "--config",
            dir.resolve("missing.yml").toString(),
            "--cluster",
            "a",
            "--format",
            "csv",
            "--out",
            dir.resolve("x").toString());
    assertThat(badConfig.exitCode()).isEqualTo(CostAnalyzerCli.USER_ERROR);
  }
}
