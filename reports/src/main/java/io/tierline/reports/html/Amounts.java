package io.tierline.reports.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Numbers as a finance reader expects them: grouped digits, a currency sign, a unit. */
final class Amounts {
  private static final int DISPLAY_PRICE_DECIMALS = 4;
  private static final String[] BYTE_UNITS = {"bytes", "KB", "MB", "GB", "TB", "PB", "EB"};
  private final String symbol;

  Amounts(String currency) {
    Currency code = Currency.getInstance(currency);
    String sign = code.getSymbol(Locale.US);
    this.symbol = sign.length() == 1 ? sign : code.getCurrencyCode() + " ";
  }

  /** Money rounded to cents, for example "$1,234.56". */
  String money(BigDecimal amount) {
    return symbol + pattern("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_EVEN));
  }

  /**
   * A unit price rounded for reading: to four decimals, or to two significant digits when it is
   * smaller than that, for example "$0.0225" for 0.022502599883 and "$0.00000042" for 0.000000421.
   * The data files keep the price exactly.
   */
  String price(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(DISPLAY_PRICE_DECIMALS, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0 && amount.signum() != 0) {
      rounded = amount.round(new MathContext(2, RoundingMode.HALF_EVEN));
    }
    return symbol + pattern("#,##0.00##########").format(rounded);
  }

  /**
   * A share of a whole, for example "12.3%"; "<0.1%" when it rounds to nothing; "0.0%" of a zero
   * whole.
   */
  static String percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return "0.0%";
    }
    BigDecimal percent =
        part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
    // A share that rounds to nothing is still a share: say so rather than print 0.0%.
    return percent.signum() == 0 && part.signum() > 0
        ? "<0.1%"
        : pattern("0.0").format(percent) + "%";
  }

  /** Bytes in binary units named as cloud bills name them: 1 GB = 2^30 bytes. */
  static String bytes(long bytes) {
    int unit = 0;
    double value = bytes;
    while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " bytes" : pattern("#,##0.0").format(value) + " " + BYTE_UNITS[unit];
  }

  /** A plain quantity with grouped digits and up to six decimals. */
  static String quantity(BigDecimal amount) {
    return pattern("#,##0.######").format(amount);
  }

  private static DecimalFormat pattern(String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    format.setParseBigDecimal(true);
    return format;
  }
}
