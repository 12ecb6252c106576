package io.tierline.reports;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times each writer on a 10,000-topic report (50,000 rows) against a baseline measured in the same
 * run: the rows' fields serialized to a byte buffer with no formatting at all. Prints medians of
 * several runs after a warm-up. Not a test: the machine's load moves the figures.
 *
 * <pre>mvn -B -q -pl reports test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.tierline.reports.ReportBenchmark</pre>
 */
public final class ReportBenchmark {
  private static final int TOPICS = 10_000;
  private static final int WARMUP = 3;
  private static final int RUNS = 7;
  private static final long LIMIT_MS = 2_000;

  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Report report = SampleReports.largeCluster(TOPICS);
    System.out.printf(
        Locale.ROOT,
        "%,d topics, %,d rows; median of %d runs after %d warm-up runs%n",
        TOPICS,
        report.rows().size(),
        RUNS,
        WARMUP);
    Timing baseline = time(out -> baseline(report, out));
    System.out.printf(
        Locale.ROOT, "%-28s %10s %8s %12s%n", "writer", "median ms", "x base", "bytes");
    print("baseline (raw fields)", baseline, baseline);
    boolean withinLimit = true;
    for (ReportFormat format : ReportFormat.values()) {
      ReportWriter writer = ReportWriters.forFormat(format);
      Timing timing = time(out -> writer.write(report, out));
      print(format.name(), timing, baseline);
      withinLimit &= timing.medianMs() <= LIMIT_MS;
    }
    System.out.println(
        withinLimit
            ? "every format within " + LIMIT_MS + " ms"
            : "SLOWER THAN " + LIMIT_MS + " ms");
    if (!withinLimit) {
      System.exit(1);
    }
  }

  private interface Job {
    void run(OutputStream out) throws IOException;
  }

  private record Timing(double medianMs, int bytes) {}

  private static Timing time(Job job) throws IOException {
    List<Double> millis = new ArrayList<>();
    int bytes = 0;
    for (int run = 0; run < WARMUP + RUNS; run++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      long start = System.nanoTime();
      job.run(out);
      long elapsed = System.nanoTime() - start;
      bytes = out.size();
      if (run >= WARMUP) {
        millis.add(elapsed / 1e6);
      }
    }
    Collections.sort(millis);
    return new Timing(millis.get(millis.size() / 2), bytes);
  }

  private static void print(String name, Timing timing, Timing baseline) {
    System.out.printf(
        Locale.ROOT,
        "%-28s %10.1f %8.1f %,12d%n",
        name,
        timing.medianMs(),
        timing.medianMs() / baseline.medianMs(),
        timing.bytes());
  }

  /** The least any writer must do: every field of every row into bytes, unformatted. */
  private static void baseline(Report report, OutputStream sink) throws IOException {
    DataOutputStream out = new DataOutputStream(sink);
    for (CostRow row : report.rows()) {
      out.writeUTF(row.topic());
      out.writeUTF(row.team());
      out.writeUTF(row.labels().toString());
      out.writeByte(row.category().ordinal());
      out.writeLong(row.period().start().getEpochSecond());
      out.writeLong(row.period().end().getEpochSecond());
      out.writeLong(row.cost().unscaledValue().longValue());
      out.writeLong(row.consumed().amount().unscaledValue().longValue());
      out.writeUTF(row.consumed().unit());
      out.writeLong(row.pricing().amount().unscaledValue().longValue());
      out.writeUTF(row.pricing().unit());
      out.writeLong(row.localBytes());
      out.writeLong(row.remoteBytes());
    }
    out.flush();
  }
}
