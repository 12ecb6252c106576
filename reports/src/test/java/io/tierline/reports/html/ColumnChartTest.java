package io.tierline.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ColumnChartTest {

  @Test
  void roundUp_amount_reachesTheNextRoundStep() {
    assertThat(ColumnChart.roundUp(new BigDecimal("1580.34"))).isEqualByComparingTo("2000");
    assertThat(ColumnChart.roundUp(new BigDecimal("2100"))).isEqualByComparingTo("2500");
    assertThat(ColumnChart.roundUp(new BigDecimal("0.37"))).isEqualByComparingTo("0.5");
    assertThat(ColumnChart.roundUp(new BigDecimal("5000"))).isEqualByComparingTo("5000");
    assertThat(ColumnChart.roundUp(new BigDecimal("7200"))).isEqualByComparingTo("10000");
  }

  @Test
  void roundUp_zero_staysZero() {
    assertThat(ColumnChart.roundUp(BigDecimal.ZERO)).isEqualByComparingTo("0");
  }
}
