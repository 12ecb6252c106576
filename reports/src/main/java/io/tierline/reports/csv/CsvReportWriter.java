package io.tierline.reports.csv;

import io.tierline.reports.CostRow;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.ReportWriter;
import io.tierline.reports.focus.FocusColumn;
import io.tierline.reports.focus.FocusRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes the report as RFC 4180 CSV in UTF-8 (no byte-order mark): a header of FOCUS column names,
 * then one line per cost row, CRLF line ends. Amounts are plain decimals, never exponents;
 * timestamps are ISO 8601 in UTC; an empty (null) value is an empty field.
 */
public final class CsvReportWriter implements ReportWriter {
  private static final FocusColumn[] COLUMNS = FocusColumn.values();

  @Override
  public ReportFormat format() {
    return ReportFormat.CSV;
  }

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    for (int i = 0; i < COLUMNS.length; i++) {
      field(csv, i, COLUMNS[i].columnName());
    }
    csv.write("\r\n");
    for (CostRow row : report.rows()) {
      FocusRecord record = FocusRecord.of(report, row);
      for (int i = 0; i < COLUMNS.length; i++) {
        field(csv, i, text(COLUMNS[i].valueOf(record)));
      }
      csv.write("\r\n");
    }
    csv.flush();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  private static void field(Writer csv, int index, String value) throws IOException {
    if (index > 0) {
      csv.write(',');
    }
    csv.write(CsvField.quote(value));
  }
}
