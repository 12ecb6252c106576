package io.tierline.reports;

/**
 * A kind of cost the report leaves out because it could not be priced, and why: shown to the reader
 * instead of a zero that looks like a price.
 *
 * @param reason what is missing, in words, for example "the brokers' instance type is unknown"
 */
public record UnpricedCost(CostCategory category, String reason) {
  public UnpricedCost {
    Checks.required(category, "unpriced.category");
    Checks.text(reason, "unpriced.reason");
  }
}
