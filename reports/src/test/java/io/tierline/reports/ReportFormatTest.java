package io.tierline.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void parse_anyCase_findsTheFormat() {
    assertThat(ReportFormat.parse("Parquet")).isEqualTo(ReportFormat.PARQUET);
    assertThat(ReportFormat.parse(" csv ")).isEqualTo(ReportFormat.CSV);
  }

  @Test
  void parse_unknownName_listsTheAllowedOnes() {
    assertThatThrownBy(() -> ReportFormat.parse("xlsx"))
        .isInstanceOf(InvalidReportException.class)
        .hasMessage("format must be one of html, csv, parquet, json, was xlsx");
  }

  @Test
  void fileName_clusterWithUnsafeCharacters_isSafeForAHeader() {
    assertThat(ReportFormat.HTML.fileName("prod eu/\"1\""))
        .isEqualTo("tierline-cost-prod-eu--1-.html");
  }

  @Test
  void forFormat_everyFormat_hasAWriterOfThatFormat() {
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(ReportWriters.forFormat(format).format()).isEqualTo(format);
    }
  }
}
