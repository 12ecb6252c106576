package io.tierline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.reports.testing.CsvTable;
import io.tierline.reports.testing.Formats;
import io.tierline.reports.testing.ParquetTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV and Parquet files add up to the JSON totals, to the cent, for each category too; per team
 * exactly; and each row's cost is its list unit price times its pricing quantity exactly.
 */
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

  @ParameterizedTest
  @MethodSource("reports")
  void teams_csvAndParquetGroupedByTeam_sumExactlyToTheTotal(Report report) throws Exception {
    // Chargeback: finance tools filter or group on x_Team; each team's rows add up to the JSON
    // figure for the team, and the teams to the report's total, exactly (not only to the cent).
    var json = new ObjectMapper().readTree(Formats.bytes(report, ReportFormat.JSON));
    Map<String, BigDecimal> jsonTeams = new TreeMap<>();
    json.at("/totals/byTeam")
        .fields()
        .forEachRemaining(e -> jsonTeams.put(e.getKey(), e.getValue().decimalValue()));
    CsvTable csv = CsvTable.parse(Formats.text(report, ReportFormat.CSV));
    ParquetTable parquet = ParquetTable.read(Formats.bytes(report, ReportFormat.PARQUET));
    Map<String, BigDecimal> csvTeams = new TreeMap<>();
    csv.rows()
        .forEach(
            row ->
                csvTeams.merge(
                    row.get("x_Team"), new BigDecimal(row.get("BilledCost")), BigDecimal::add));
    Map<String, BigDecimal> parquetTeams = new TreeMap<>();
    parquet
        .rows()
        .forEach(
            row ->
                parquetTeams.merge(
                    (String) row.get("x_Team"),
                    (BigDecimal) row.get("BilledCost"),
                    BigDecimal::add));

    assertThat(jsonTeams).hasSizeGreaterThan(1);
    assertThat(exact(csvTeams)).as("CSV").isEqualTo(exact(jsonTeams));
    assertThat(exact(parquetTeams)).as("Parquet").isEqualTo(exact(jsonTeams));
    assertThat(csvTeams.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(json.at("/totals/cost").decimalValue());
  }

  @ParameterizedTest
  @MethodSource("reports")
  void rows_csvAndParquet_costIsListUnitPriceTimesPricingQuantityExactly(Report report)
      throws Exception {
    // The FOCUS validator's rule for this (ListCost-C-009-C) checks no row while ChargeClass is
    // null, so the exactness is checked here.
    CsvTable csv = CsvTable.parse(Formats.text(report, ReportFormat.CSV));
    ParquetTable parquet = ParquetTable.read(Formats.bytes(report, ReportFormat.PARQUET));

    assertThat(csv.rows())
        .isNotEmpty()
        .allSatisfy(
            row ->
                assertThat(
                        new BigDecimal(row.get("ListUnitPrice"))
                            .multiply(new BigDecimal(row.get("PricingQuantity"))))
                    .as("ListUnitPrice x PricingQuantity of %s", row)
                    .isEqualByComparingTo(new BigDecimal(row.get("ListCost"))));
    assertThat(parquet.rows())
        .isNotEmpty()
        .allSatisfy(
            row ->
                assertThat(
                        ((BigDecimal) row.get("ListUnitPrice"))
                            .multiply((BigDecimal) row.get("PricingQuantity")))
                    .as("ListUnitPrice x PricingQuantity of %s", row)
                    .isEqualByComparingTo((BigDecimal) row.get("ListCost")));
  }

  /**
   * The amounts without trailing zeros, so that equal amounts compare equal whatever their scale.
   */
  private static Map<String, BigDecimal> exact(Map<String, BigDecimal> amounts) {
    Map<String, BigDecimal> out = new TreeMap<>();
    amounts.forEach((key, amount) -> out.put(key, amount.stripTrailingZeros()));
    return out;
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
