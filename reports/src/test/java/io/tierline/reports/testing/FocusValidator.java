package io.tierline.reports.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FinOps Foundation's {@code focus_validator}, run offline through {@code
 * ../shared/tools/focus-validator/run.sh} beside the repository (or the directory that the system
 * property {@code focus.validator.dir} names). Its first run builds a Python virtual environment,
 * which takes about a minute.
 */
public final class FocusValidator {
  /**
   * The applicability criteria that describe our data: list prices from public price lists per
   * unit, measured usage, provisioned resources of a type (topics), a region, zones, a named
   * billing account and tags. Not ours: commitment discounts, capacity reservations, negotiated
   * prices, sub-accounts, several account or pricing categories, other or virtual currencies.
   */
  public static final List<String> CRITERIA =
      List.of(
          "ACCOUNT_NAMING_SUPPORTED",
          "AVAILABILITY_ZONE_SUPPORTED",
          "BILLING_BASED_ON_PROVISIONED_RESOURCES_SUPPORTED",
          "PUBLIC_PRICE_LIST_SUPPORTED",
          "REGION_SUPPORTED",
          "RESOURCE_TYPE_ASSIGNMENT_SUPPORTED",
          "TAGGING_SUPPORTED",
          "UNIT_PRICING_SUPPORTED",
          "USAGE_MEASUREMENT_SUPPORTED");

  /**
   * Rules that no non-empty file can pass with the bundled FOCUS 1.2 model: InvoiceId-C-004-C
   * ("MUST be null") and InvoiceId-C-005-C ("MUST NOT be null") both carry no condition there, so
   * every row fails one of them. Our InvoiceId is null, as FOCUS asks for charges on no invoice,
   * which fails C-005.
   */
  public static final Set<String> MODEL_CONTRADICTIONS = Set.of("InvoiceId-C-005-C");

  private static final Duration LIMIT = Duration.ofMinutes(15);
  private static final Pattern VERDICT =
      Pattern.compile(
          "FOCUS \\S+ \\(.*\\): (\\d+) rules checked, (\\d+) failed, (\\d+) passed"
              + " \\(full report: (\\S+)\\)");
  private static final Pattern FAILED_RULE =
      Pattern.compile("^\\S+ (\\S+): FAIL", Pattern.MULTILINE);

  private FocusValidator() {}

  /**
   * The validator's directory: the system property, else {@code ../shared} beside the repository.
   */
  public static Path directory() {
    String configured = System.getProperty("focus.validator.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    // Tests run in the module's directory; the repository root is its parent.
    Path repository = Path.of("").toAbsolutePath().getParent();
    return repository.resolveSibling("shared").resolve("tools").resolve("focus-validator");
  }

  /** Why the validator cannot run on this machine, if it cannot. */
  public static Optional<String> unavailable() {
    Path script = directory().resolve("run.sh");
    if (!Files.isRegularFile(script)) {
      return Optional.of("the FOCUS validator is not at " + script);
    }
    if (ExternalProcess.onPath("python3").isEmpty()) {
      return Optional.of("python3 is not installed, so the FOCUS validator cannot be set up");
    }
    if (ExternalProcess.onPath("bash").isEmpty()) {
      return Optional.of("bash is not installed, so the FOCUS validator cannot run");
    }
    return Optional.empty();
  }

  /**
   * Validates a CSV or Parquet file against FOCUS {@code version}, with the given applicability
   * criteria ({@code NONE} for none).
   *
   * @throws SetupException when the validator could not be installed or has no model for the
   *     version: a reason to skip, not a finding about the file
   */
  public static Verdict validate(Path file, String version, String criteria)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("focus-validator", ".log");
    try {
      Process process =
          new ProcessBuilder(
                  "bash",
                  directory().resolve("run.sh").toString(),
                  file.toAbsolutePath().toString(),
                  version,
                  criteria)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the FOCUS validator did not finish within " + LIMIT);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Matcher verdict = VERDICT.matcher(output);
      if (!verdict.find()) {
        if (process.exitValue() == 2
            && (output.contains("could not be installed") || output.contains("not supported"))) {
          // The reason is the validator's last word on it, not the traceback before it.
          String reason =
              output
                  .lines()
                  .filter(l -> l.contains("not supported") || l.contains("could not be installed"))
                  .reduce((first, last) -> last)
                  .orElse(output.strip());
          throw new SetupException(reason.strip() + " (validator at " + directory() + ")");
        }
        throw new AssertionError("the FOCUS validator gave no verdict on " + file + ":\n" + output);
      }
      Set<String> failed = new TreeSet<>();
      Matcher rule = FAILED_RULE.matcher(Files.readString(Path.of(verdict.group(4))));
      while (rule.find()) {
        failed.add(rule.group(1));
      }
      String line = output.substring(verdict.start(), verdict.end());
      return new Verdict(
          Integer.parseInt(verdict.group(1)),
          Integer.parseInt(verdict.group(2)),
          Integer.parseInt(verdict.group(3)),
          failed,
          line,
          output);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * What the validator found.
   *
   * @param failedRules the ids of the rules that failed
   * @param line its verdict line, for example "FOCUS 1.2 (x.csv, applicability NONE): 137 rules
   *     checked, 1 failed, 136 passed (full report: ...)"
   * @param output everything it printed: the failed rules grouped by cause, then the verdict
   */
  public record Verdict(
      int checked, int failed, int passed, Set<String> failedRules, String line, String output) {}

  /** The validator could not be set up here: a reason to skip a test, with the reason. */
  public static final class SetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SetupException(String message) {
      super(message);
    }
  }
}
