package io.tierline.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFieldTest {

  @Test
  void quote_plainText_isLeftAsItIs() {
    assertThat(CsvField.quote("payments.orders")).isEqualTo("payments.orders");
  }

  @Test
  void quote_commaQuoteOrLineBreak_isQuotedWithQuotesDoubled() {
    assertThat(CsvField.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvField.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvField.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvField.quote("cr\rhere")).isEqualTo("\"cr\rhere\"");
  }
}
