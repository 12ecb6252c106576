package io.tierline.reports.testing;

import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.ReportWriters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a report to memory in one format. */
public final class Formats {
  private Formats() {}

  public static byte[] bytes(Report report, ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriters.forFormat(format).write(report, out);
    return out.toByteArray();
  }

  public static String text(Report report, ReportFormat format) throws IOException {
    return new String(bytes(report, format), StandardCharsets.UTF_8);
  }
}
