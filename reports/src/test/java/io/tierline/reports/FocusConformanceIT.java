package io.tierline.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tierline.reports.testing.FocusValidator;
import io.tierline.reports.testing.Formats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSV and Parquet files that the writers produce pass the FinOps Foundation's FOCUS 1.2
 * validator, with no applicability criteria and with the criteria that describe our data. The only
 * failure allowed is the one the validator's own model makes unavoidable ({@link
 * FocusValidator#MODEL_CONTRADICTIONS}). Skipped, with the reason, where the validator cannot be
 * set up. The files stay in {@code target/focus-conformance/} to look at.
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
  @CsvSource({"CSV, NONE", "CSV, OURS", "PARQUET, NONE", "PARQUET, OURS"})
  void validate_smallCluster_failsOnlyWhatTheModelMakesEveryFileFail(
      ReportFormat format, String criteria) throws Exception {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(format.fileName("small-cluster"));
    Files.write(file, Formats.bytes(SampleReports.smallClusterWithHistory(), format));
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

  @Test
  void validate_fileWithoutProviderName_failsThePresenceRule() throws Exception {
    // The check must be able to fail: the same file with ProviderName renamed away.
    Files.createDirectories(OUT);
    Path file = OUT.resolve("without-provider-name.csv");
    String csv = Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.CSV);
    Files.writeString(file, csv.replaceFirst(",ProviderName,", ",x_ProviderName,"));

    FocusValidator.Verdict verdict;
    try {
      verdict = FocusValidator.validate(file, "1.2", "NONE");
    } catch (FocusValidator.SetupException e) {
      assumeTrue(false, "the FOCUS validator could not be set up: " + e.getMessage());
      return;
    }

    assertThat(verdict.failedRules()).contains("CostAndUsage-D-038-M");
  }
}
