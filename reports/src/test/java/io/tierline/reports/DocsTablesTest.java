package io.tierline.reports;

import io.tierline.reports.focus.FocusColumn;
import io.tierline.settingsdocs.GeneratedSections;
import io.tierline.settingsdocs.SettingsTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tables of formats and FOCUS columns in {@code docs/reports.md} are generated from the code;
 * this fails when they drift, and {@code -Ddocs.update=true} rewrites them.
 */
class DocsTablesTest {
  private static final Path REPORTS_DOC = GeneratedSections.docsFile("reports.md");

  @Test
  void focusColumnsTable_matchesTheCode() {
    SettingsTable table = SettingsTable.withColumns("column", "type (Parquet)", "meaning");
    for (FocusColumn column : FocusColumn.values()) {
      table.row("`" + column.columnName() + "`", column.type().parquetName(), column.description());
    }
    GeneratedSections.verify(REPORTS_DOC, "focus-columns", table.markdown());
  }

  @Test
  void formatsTable_matchesTheCode() {
    SettingsTable table = SettingsTable.withColumns("format", "file name", "content type");
    for (ReportFormat format : ReportFormat.values()) {
      table.row(
          "`" + format.extension() + "`",
          "`" + format.fileName("CLUSTER") + "`",
          "`" + format.contentType() + "`");
    }
    GeneratedSections.verify(REPORTS_DOC, "report-formats", table.markdown());
  }
}
