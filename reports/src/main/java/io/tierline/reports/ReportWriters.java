package io.tierline.reports;

import io.tierline.reports.csv.CsvReportWriter;
import io.tierline.reports.html.HtmlReportWriter;
import io.tierline.reports.json.JsonReportWriter;
import io.tierline.reports.parquet.ParquetReportWriter;

/** The writer for each format. Writers are stateless, so one instance of each serves everyone. */
public final class ReportWriters {
  private static final ReportWriter HTML = new HtmlReportWriter();
  private static final ReportWriter CSV = new CsvReportWriter();
  private static final ReportWriter PARQUET = new ParquetReportWriter();
  private static final ReportWriter JSON = new JsonReportWriter();

  private ReportWriters() {}

  public static ReportWriter forFormat(ReportFormat format) {
    return switch (Checks.required(format, "format")) {
      case HTML -> HTML;
      case CSV -> CSV;
      case PARQUET -> PARQUET;
      case JSON -> JSON;
    };
  }
}
