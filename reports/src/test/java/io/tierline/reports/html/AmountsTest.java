package io.tierline.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {
  private final Amounts dollars = new Amounts("USD");

  @Test
  void money_amount_isRoundedToCentsWithGroupedDigits() {
    assertThat(dollars.money(new BigDecimal("1234567.125"))).isEqualTo("$1,234,567.12");
    assertThat(new Amounts("EUR").money(BigDecimal.ONE)).isEqualTo("\u20ac1.00");
    assertThat(new Amounts("CHF").money(BigDecimal.ONE)).isEqualTo("CHF 1.00");
  }

  @Test
  void price_longPrice_isRoundedToFourDecimals() {
    assertThat(dollars.price(new BigDecimal("0.022502599883"))).isEqualTo("$0.0225");
    assertThat(dollars.price(new BigDecimal("0.4032"))).isEqualTo("$0.4032");
    assertThat(dollars.price(new BigDecimal("0.08"))).isEqualTo("$0.08");
    assertThat(dollars.price(new BigDecimal("12"))).isEqualTo("$12.00");
  }

  @Test
  void price_belowFourDecimals_keepsTwoSignificantDigits() {
    assertThat(dollars.price(new BigDecimal("0.0000004"))).isEqualTo("$0.0000004");
    assertThat(dollars.price(new BigDecimal("0.000042149"))).isEqualTo("$0.000042");
    assertThat(dollars.price(BigDecimal.ZERO)).isEqualTo("$0.00");
  }

  @Test
  void bytes_count_usesBinaryUnitsNamedAsBillsNameThem() {
    assertThat(Amounts.bytes(0)).isEqualTo("0 bytes");
    assertThat(Amounts.bytes(1023)).isEqualTo("1023 bytes");
    assertThat(Amounts.bytes(3L << 30)).isEqualTo("3.0 GB");
    assertThat(Amounts.bytes(1536L << 30)).isEqualTo("1.5 TB");
  }

  @Test
  void percent_ofZero_isZero() {
    assertThat(Amounts.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("0.0%");
    assertThat(Amounts.percent(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo("33.3%");
    assertThat(Amounts.percent(BigDecimal.ONE, new BigDecimal("5000"))).isEqualTo("<0.1%");
    assertThat(Amounts.percent(BigDecimal.ZERO, new BigDecimal("5000"))).isEqualTo("0.0%");
  }
}
