package io.tierline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.reports.testing.CsvTable;
import io.tierline.reports.testing.Formats;
import io.tierline.reports.testing.ParquetTable;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@link ReportWriter} contract, checked for every format's writer. */
class ReportWritersTest {
  private static final Report EMPTY =
      SampleReports.of("idle", "USD", List.of(), List.of(), List.of());

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void write_anyFormat_flushesButNeverClosesTheCallersStream(ReportFormat format)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WatchedStream out = new WatchedStream(bytes);

    ReportWriters.forFormat(format).write(SampleReports.smallClusterWithHistory(), out);

    assertThat(out.closed).isFalse();
    assertThat(out.flushed).isTrue();
    assertThat(bytes.toByteArray())
        .isEqualTo(Formats.bytes(SampleReports.smallClusterWithHistory(), format));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void write_sameReportTwice_givesTheSameBytes(ReportFormat format) throws IOException {
    Report report = SampleReports.smallClusterWithHistory();

    assertThat(Formats.bytes(report, format)).isEqualTo(Formats.bytes(report, format));
  }

  @Test
  void write_reportWithoutRows_givesAValidEmptyFileInEveryFormat() throws IOException {
    assertThat(CsvTable.parse(Formats.text(EMPTY, ReportFormat.CSV)).rows()).isEmpty();
    assertThat(ParquetTable.read(Formats.bytes(EMPTY, ReportFormat.PARQUET)).rows()).isEmpty();
    assertThat(Formats.text(EMPTY, ReportFormat.JSON))
        .contains("\"cost\" : 0.000000", "\"rows\" : [ ]");
    assertThat(Formats.text(EMPTY, ReportFormat.HTML)).contains("no charge period", "$0.00");
  }

  /**
   * Records whether the writer flushed or closed it; a close must not reach the caller's stream.
   */
  private static final class WatchedStream extends FilterOutputStream {
    private boolean flushed;
    private boolean closed;

    WatchedStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      flushed = false;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      flushed = false;
    }

    @Override
    public void flush() throws IOException {
      super.flush();
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
