package io.tierline.reports;

import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A cluster's cost report, neutral of any file format: what the cost analyzer fills and every
 * {@link ReportWriter} renders. Immutable; every cost and quantity is rounded once, on
 * construction, to {@link #DECIMAL_SCALE} decimal places, so all formats print and sum the same
 * numbers. Unit prices are kept exactly.
 *
 * @param cluster the cluster's name, as configured
 * @param currency ISO 4217 code of every amount, for example "USD"
 * @param generatedAt when the numbers were computed
 * @param billing who bills for the costs and where the cluster runs
 * @param basis whether the figures are estimated or measured, and from what
 * @param assumptions inputs behind the numbers, in words, in the order a reader should see them
 * @param prices unit prices behind the numbers
 * @param rows one per topic, SKU price and charge period, in the order the files list them; each
 *     charge period lies within one calendar month (UTC), the billing period
 * @param unpriced kinds of cost left out because they could not be priced, and why
 * @param recommendations suggested changes with their monthly savings
 * @param history totals of earlier periods, oldest first; empty when none are known
 * @param measured topics whose remote storage was measured, with the model's figures beside; empty
 *     when nothing was measured
 */
public record Report(
    String cluster,
    String currency,
    Instant generatedAt,
    Billing billing,
    CostBasis basis,
    List<Assumption> assumptions,
    List<Price> prices,
    List<CostRow> rows,
    List<UnpricedCost> unpriced,
    List<Recommendation> recommendations,
    List<HistoryPoint> history,
    List<MeasuredTopic> measured) {

  /** Decimal places of every cost and quantity. */
  public static final int DECIMAL_SCALE = 6;

  /**
   * Total digits of every cost and quantity (Parquet DECIMAL(18, 6), stored as a 64-bit integer).
   */
  public static final int DECIMAL_PRECISION = 18;

  public Report {
    Checks.text(cluster, "report.cluster");
    Checks.text(currency, "report.currency");
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new InvalidReportException(
          "report.currency", "must be an ISO 4217 code such as USD, was " + currency);
    }
    Checks.required(generatedAt, "report.generatedAt");
    Checks.required(billing, "report.billing");
    Checks.required(basis, "report.basis");
    assumptions = List.copyOf(Checks.required(assumptions, "report.assumptions"));
    prices = List.copyOf(Checks.required(prices, "report.prices"));
    rows = List.copyOf(Checks.required(rows, "report.rows"));
    unpriced = List.copyOf(Checks.required(unpriced, "report.unpriced"));
    recommendations = List.copyOf(Checks.required(recommendations, "report.recommendations"));
    history =
        List.copyOf(Checks.required(history, "report.history")).stream()
            .sorted(Comparator.comparing(HistoryPoint::period))
            .toList();
    measured = List.copyOf(Checks.required(measured, "report.measured"));
    rejectDuplicateRows(rows);
  }

  /** A report of the model's figures alone. */
  public Report(
      String cluster,
      String currency,
      Instant generatedAt,
      Billing billing,
      CostBasis basis,
      List<Assumption> assumptions,
      List<Price> prices,
      List<CostRow> rows,
      List<UnpricedCost> unpriced,
      List<Recommendation> recommendations,
      List<HistoryPoint> history) {
    this(
        cluster,
        currency,
        generatedAt,
        billing,
        basis,
        assumptions,
        prices,
        rows,
        unpriced,
        recommendations,
        history,
        List.of());
  }

  /** The same report with measured figures beside the model's. */
  public Report withMeasured(List<MeasuredTopic> topics) {
    return new Report(
        cluster,
        currency,
        generatedAt,
        billing,
        basis,
        assumptions,
        prices,
        rows,
        unpriced,
        recommendations,
        history,
        topics);
  }

  /** The charge periods that the rows cover, earliest first. */
  public SortedSet<ChargePeriod> periods() {
    SortedSet<ChargePeriod> periods = new TreeSet<>();
    rows.forEach(row -> periods.add(row.period()));
    return periods;
  }

  /** The same report with only the rows of one charge period; recommendations and history stay. */
  public Report onlyPeriod(ChargePeriod period) {
    List<CostRow> inPeriod = rows.stream().filter(row -> row.period().equals(period)).toList();
    return new Report(
        cluster,
        currency,
        generatedAt,
        billing,
        basis,
        assumptions,
        prices,
        inPeriod,
        unpriced,
        recommendations,
        history,
        measured);
  }

  /** Totals computed from the rows and recommendations; never stored, so they cannot drift. */
  public ReportTotals totals() {
    return ReportTotals.of(this);
  }

  private static void rejectDuplicateRows(List<CostRow> rows) {
    Set<List<Object>> seen = new HashSet<>();
    for (CostRow row : rows) {
      ChargePeriod period = row.period();
      if (!period.billingPeriod().contains(period)) {
        throw new InvalidReportException(
            "report.rows",
            "has a charge period that crosses a month's end ("
                + period.start()
                + "/"
                + period.end()
                + ", topic "
                + row.topic()
                + "): a charge period must lie within one billing month");
      }
      if (!seen.add(List.of(row.topic(), row.category(), row.sku().priceId(), row.period()))) {
        throw new InvalidReportException(
            "report.rows",
            "has two rows for topic "
                + row.topic()
                + ", category "
                + row.category()
                + ", SKU price "
                + row.sku().priceId()
                + " and period "
                + row.period().start()
                + "/"
                + row.period().end());
      }
    }
  }
}
