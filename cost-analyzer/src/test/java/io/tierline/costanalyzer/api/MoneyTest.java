package io.tierline.costanalyzer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.model.NetworkCost;
import io.tierline.costanalyzer.model.RequestCost;
import io.tierline.costanalyzer.model.StorageCost;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void of_halfCent_roundsUp() {
    assertThat(Money.of(0.005)).isEqualByComparingTo("0.01");
    assertThat(Money.of(0.0049)).isEqualByComparingTo("0.00");
  }

  @Test
  void of_decimalThatBinaryCannotHold_roundsAsWritten() {
    // 2.675 is 2.67499999… in binary; the shortest decimal form rounds to 2.68 as finance expects.
    assertThat(Money.of(2.675)).isEqualTo(new BigDecimal("2.68"));
    assertThat(Money.of(0.1 + 0.2)).isEqualTo(new BigDecimal("0.30"));
  }

  @Test
  void of_alwaysTwoDecimals() {
    assertThat(Money.of(12).scale()).isEqualTo(2);
  }

  @Test
  void of_notFinite_isRejected() {
    assertThatThrownBy(() -> Money.of(Double.NaN)).hasMessageStartingWith("amount:");
  }

  @Test
  void costJson_totalIsTheSumOfRoundedCategories() {
    CostBreakdown b =
        new CostBreakdown(
            new StorageCost(1, 2, 3, 0.004, 0.004),
            new NetworkCost(1, 1, 1, 0.004),
            new RequestCost(1, 1, 1, 0.004));

    CostJson json = CostJson.of(b);

    assertThat(json.totalMonthlyCost()).isEqualByComparingTo("0.00");
    assertThat(json.storage().monthlyCost()).isEqualByComparingTo("0.00");
    assertThat(json.plus(json).totalMonthlyCost())
        .isEqualByComparingTo(json.totalMonthlyCost().add(json.totalMonthlyCost()));
  }
}
