package io.tierline.plugin.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * The rows of the proven-behaviour table of {@code docs/tiering-plugin.md}, as this run measured
 * them: each scenario and fault run appends one to {@code target/proven-behaviour.md}, from which
 * the table in the docs is copied.
 */
final class ProvenBehaviour {
  private static final String HEADER =
      "| run | Kafka | brokers | faults injected | records produced | records verified"
          + " | records lost or corrupted | duplicate / missing segments | run time |\n"
          + "|---|---|---|---|---|---|---|---|---|\n";

  private static boolean started;

  private ProvenBehaviour() {}

  /** One row; {@code produced} and {@code verified} count records, {@code took} the run time. */
  static synchronized void record(
      String run,
      String kafka,
      String faults,
      long produced,
      long verified,
      long lostOrCorrupted,
      String segments,
      Duration took) {
    Path file = Path.of(System.getProperty("tierline.kafka.root", "target"), "proven-behaviour.md");
    String row =
        String.format(
            Locale.ROOT,
            "| %s | %s | 3 | %s | %,d | %,d | %d | %s | %d s |%n",
            run,
            kafka,
            faults,
            produced,
            verified,
            lostOrCorrupted,
            segments,
            Math.round(took.toMillis() / 1000.0));
    try {
      if (!started) {
        // A new run: the table of an earlier one goes.
        Files.writeString(file, HEADER, StandardCharsets.UTF_8);
        started = true;
      }
      Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row, from what a scenario's fresh consumer verified and the audit of its topic. */
  static void record(
      String run,
      TieredCluster cluster,
      String faults,
      long produced,
      VerifyingConsumer.Verification verified,
      SegmentAudit audit,
      java.time.Instant start) {
    record(
        run,
        cluster.version(),
        faults,
        produced,
        verified.read(),
        verified.lost() + verified.corrupted(),
        segments(audit),
        Duration.between(start, java.time.Instant.now()));
  }

  /** "0 / 0" for the audit's duplicate and missing segments. */
  static String segments(SegmentAudit audit) {
    return audit.duplicates().size() + " / " + audit.missing().size();
  }
}
