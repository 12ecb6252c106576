package io.tierline.costanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tierline.reports.testing.FocusValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample cluster's report, written by the {@code report} command as CSV and Parquet, passes the
 * FinOps Foundation's FOCUS 1.2 validator from {@code ../shared/tools/focus-validator}, with no
 * applicability criteria and with the criteria that describe our data ({@link
 * FocusValidator#CRITERIA}). The only failure allowed is the one the validator's own model makes
 * every file fail ({@link FocusValidator#MODEL_CONTRADICTIONS}). Skipped, with the reason, where
 * the validator cannot be set up. The files stay in {@code target/focus-conformance/}.
 */
class FocusConformanceIT {
  private static final Path OUT = Path.of("target", "focus-conformance");

  // Checked before each test, so that every test shows as skipped with the reason.
  @BeforeEach
  void requireValidator() {
    Optional<String> unavailable = FocusValidator.unavailable();
    assumeTrue(unavailable.isEmpty(), () -> unavailable.get() + ": skipping FOCUS validation");
  }

  @ParameterizedTest(name = "{0} with applicability criteria {1}")
  @CsvSource({"csv, NONE", "csv, OURS", "parquet, NONE", "parquet, OURS"})
  void report_sampleCluster_failsOnlyWhatTheModelMakesEveryFileFail(String format, String criteria)
      throws Exception {
    Files.createDirectories(OUT);
    Path file = OUT.resolve("tierline-cost-prod-use1." + format);
    CliRun run =
        CliRun.of(
            "",
            "report",
            "--config",
            ReportCommandTest.CONFIG,
            "--cluster",
            "prod-use1",
            "--format",
            format,
            "--out",
            file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String applicability =
        criteria.equals("OURS") ? String.join(",", FocusValidator.CRITERIA) : criteria;

    FocusValidator.Verdict verdict;
    try {
      verdict = FocusValidator.validate(file, "1.2", applicability);
    } catch (FocusValidator.SetupException e) {
      assumeTrue(false, "the FOCUS validator could not be set up: " + e.getMessage());
      return;
    }
    System.out.println(verdict.line());

    assertThat(verdict.checked()).as("rules checked").isGreaterThan(100);
    assertThat(verdict.failedRules())
        .as("failed rules; the validator said:%n%s", verdict.output())
        .isSubsetOf(FocusValidator.MODEL_CONTRADICTIONS);
  }
}
