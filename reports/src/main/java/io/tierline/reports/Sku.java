package io.tierline.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a cost row is priced by: one item of a price catalog and its list price per pricing unit.
 *
 * <p>A row's cost is exactly {@link #listUnitPrice()} × its pricing quantity, as FOCUS asks of
 * ListCost. Both are decimals of at most {@link Report#DECIMAL_SCALE} places, and the quantity is
 * kept to the places that leave the product within that scale ({@link #pricingQuantity}), so the
 * product needs no rounding and the files carry it exactly.
 *
 * @param id the catalog item, stable over time, for example {@code aws-us-east-1/disk/gp3}
 * @param priceId the price of that item, for example {@code aws-us-east-1/disk/gp3/2026-11-22}: one
 *     item has a new price id whenever its price changes, and a tier of a volume-tiered price has
 *     its own
 * @param meter what is measured, in words, for example "Broker disk (gp3)"
 * @param listUnitPrice the list price of one pricing unit; at most {@link #PRICE_SCALE} decimals
 * @param priceDetails further facts about the price; every key starts with {@code x_}, the prefix
 *     FOCUS reserves for properties it does not define
 */
public record Sku(
    String id,
    String priceId,
    String meter,
    BigDecimal listUnitPrice,
    Map<String, String> priceDetails) {

  /**
   * Decimal places a unit price may have (Parquet DECIMAL(18, 6)). A smaller price is quoted per a
   * block of units instead, as request prices are per 1,000 requests.
   */
  public static final int PRICE_SCALE = Report.DECIMAL_SCALE;

  public Sku {
    Checks.text(id, "sku.id");
    Checks.text(priceId, "sku.priceId");
    Checks.text(meter, "sku.meter");
    BigDecimal exact = Checks.price(listUnitPrice, "sku.listUnitPrice");
    if (exact.scale() > PRICE_SCALE) {
      throw new InvalidReportException(
          "sku.listUnitPrice",
          "must have at most "
              + PRICE_SCALE
              + " decimals (quote a smaller price per a block of units), was "
              + exact.toPlainString()
              + " for "
              + id);
    }
    listUnitPrice = exact.setScale(PRICE_SCALE);
    if (listUnitPrice.precision() > Report.DECIMAL_PRECISION) {
      throw new InvalidReportException(
          "sku.listUnitPrice", "is too large, was " + exact.toPlainString() + " for " + id);
    }
    priceDetails =
        Collections.unmodifiableMap(
            new TreeMap<>(Checks.required(priceDetails, "sku.priceDetails")));
    for (String key : priceDetails.keySet()) {
      if (!key.startsWith("x_")) {
        throw new InvalidReportException("sku.priceDetails", "keys must start with x_, was " + key);
      }
    }
  }

  /**
   * Decimal places of a pricing quantity at this price: what keeps price × quantity within {@link
   * Report#DECIMAL_SCALE} places, for example 4 at $0.08 and 2 at $0.0004.
   */
  public int quantityScale() {
    BigDecimal stripped = listUnitPrice.stripTrailingZeros();
    return stripped.signum() == 0
        ? Report.DECIMAL_SCALE
        : Report.DECIMAL_SCALE - Math.max(0, stripped.scale());
  }

  /** A measured amount rounded (half even) to {@link #quantityScale()} places. */
  public BigDecimal pricingQuantity(BigDecimal amount) {
    return Checks.required(amount, "pricing quantity")
        .setScale(quantityScale(), RoundingMode.HALF_EVEN);
  }

  /**
   * The list cost of a pricing quantity: price × quantity, exact.
   *
   * @throws InvalidReportException when the quantity has more places than {@link #quantityScale()}
   */
  public BigDecimal cost(BigDecimal pricingQuantity) {
    BigDecimal product = listUnitPrice.multiply(pricingQuantity);
    try {
      return product.setScale(Report.DECIMAL_SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidReportException(
          "row.pricing.amount",
          "must have at most "
              + quantityScale()
              + " decimals at a unit price of "
              + listUnitPrice.toPlainString()
              + " ("
              + id
              + "), was "
              + pricingQuantity.toPlainString());
    }
  }
}
