package io.tierline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.reports.testing.CsvTable;
import io.tierline.reports.testing.Formats;
import io.tierline.reports.testing.ParquetTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV and Parquet files add up to the JSON totals, to the cent, for each category too. */
class FormatsAgreeTest {

  static Stream<Report> reports() {
    return Stream.of(SampleReports.smallClusterWithHistory(), SampleReports.largeCluster(1_000));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void totals_csvAndParquet_equalJsonToTheCent(Report report) throws Exception {
    var json = new ObjectMapper().readTree(Formats.bytes(report, ReportFormat.JSON));
    CsvTable csv = CsvTable.parse(Formats.text(report, ReportFormat.CSV));
    ParquetTable parquet = ParquetTable.read(Formats.bytes(report, ReportFormat.PARQUET));

    BigDecimal jsonTotal = cents(json.at("/totals/cost").decimalValue());
    assertThat(
            cents(
                csv.rows().stream()
                    .map(row -> new BigDecimal(row.get("BilledCost")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)))
        .isEqualTo(jsonTotal);
    assertThat(
            cents(
                parquet.rows().stream()
                    .map(row -> (BigDecimal) row.get("BilledCost"))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)))
        .isEqualTo(jsonTotal);
    for (CostCategory category : CostCategory.values()) {
      BigDecimal jsonCategory =
          cents(json.at("/totals/byCategory/" + category.name()).decimalValue());
      assertThat(cents(sum(csv.rows().stream(), category)))
          .as("CSV %s", category)
          .isEqualTo(jsonCategory);
      assertThat(
              cents(
                  parquet.rows().stream()
                      .filter(row -> row.get("x_CostCategory").equals(category.name()))
                      .map(row -> (BigDecimal) row.get("BilledCost"))
                      .reduce(BigDecimal.ZERO, BigDecimal::add)))
          .as("Parquet %s", category)
          .isEqualTo(jsonCategory);
    }
  }

  private static BigDecimal sum(Stream<Map<String, String>> rows, CostCategory category) {
    return rows.filter(row -> row.get("x_CostCategory").equals(category.name()))
        .map(row -> new BigDecimal(row.get("BilledCost")))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }
}
