package io.tierline.costanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as users do: {@code java -jar cost-analyzer/target/cost-analyzer.jar …} from
 * the repository root.
 */
class CostAnalyzerJarIT {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path REPO = MODULE.getParent();
  private static final Path JAR = MODULE.resolve("target").resolve("cost-analyzer.jar");

  record Result(int exitCode, String out, String err) {}

  private static Result run(Path workDir, String stdin, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    try (var in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the jar finished").isTrue();
    return new Result(p.exitValue(), out.get(), err.get());
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void estimate_publishedExampleOnStdin_fromTheRepositoryRoot() throws Exception {
    Result r =
        run(
            REPO,
            """
            {"workload": {"ingressBytesPerSecond": 35000000, "replicationFactor": 3, "retentionMs": 604800000},
             "assumptions": {"gigabyteBytes": 1000000000, "diskFreeFraction": 0.5}}
            """,
            "estimate",
            "-");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode storage = new ObjectMapper().readTree(r.out()).get("storage");
    assertThat(storage.get("localBytes").asDouble() / 1e12).isCloseTo(63.5, within(0.635));
    assertThat(storage.get("provisionedBytes").asDouble() / 1e12).isCloseTo(127.0, within(1.27));
  }

  @Test
  void estimate_badInput_exitsTwoWithOneLineAndNoStackTrace() throws Exception {
    Result r =
        run(
            REPO,
            "{\"workload\": {\"ingressBytesPerSecond\": -5, \"replicationFactor\": 3,"
                + " \"retentionMs\": 1}}",
            "estimate",
            "-");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .isEqualTo("error: workload.ingressBytesPerSecond: must be a number >= 0, was -5");
  }

  @Test
  void analyze_sampleSnapshot_printsTheAnalysis() throws Exception {
    Result r = run(REPO, "", "analyze", "config/snapshots/sample-cluster.yaml");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(r.out());
    assertThat(a.get("topics").size()).isGreaterThanOrEqualTo(38);
    assertThat(a.get("recommendations").size()).isPositive();
  }

  @Test
  void unknownCommand_exitsTwoWithTheUsageInsteadOfDropwizardsError() throws Exception {
    Result r = run(REPO, "", "frobnicate");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("error: unknown command: frobnicate")
        .contains("usage:")
        .contains("  check ");
  }

  @Test
  void check_shippedConfiguration_isDropwizardsAndPasses() throws Exception {
    Result r = run(REPO, "", "check", "config/cost-analyzer.yml");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out() + r.err()).doesNotContain("unknown command");
  }

  @Test
  void estimate_outsideTheRepository_usesTheBundledCatalogs(@TempDir Path elsewhere)
      throws Exception {
    Path request = elsewhere.resolve("request.json");
    Files.writeString(
        request,
        """
        {"workload": {"ingressBytesPerSecond": 1000000, "replicationFactor": 3, "retentionMs": 86400000},
         "assumptions": {"priceCatalog": "gcp-us-central1"}}
        """);

    Result r = run(elsewhere, "", "estimate", request.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("assumptions").get("diskType").asText())
        .isEqualTo("pd-balanced");
  }

  @Test
  void report_toStandardOutput_printsOnlyTheCsv() throws Exception {
    Result r = run(REPO, "", "report", "--cluster", "prod-use1", "--format", "csv", "--out", "-");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("BillingAccountId,BillingAccountName,BillingPeriodStart,");
    // The billing account defaults to the cluster's name; then the billing period's start.
    assertThat(r.out().lines().skip(1))
        .isNotEmpty()
        .allMatch(line -> line.startsWith("prod-use1,prod-use1,20"));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void report_toFile_printsNothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("prod-use1.json");

    Result r =
        run(
            REPO,
            "",
            "report",
            "--cluster",
            "prod-use1",
            "--format",
            "json",
            "--out",
            out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(new ObjectMapper().readTree(out.toFile()).isObject()).isTrue();
  }
}
