package io.tierline.reports;

/**
 * How a report's figures were obtained, so that a reader never takes an estimate for a bill.
 *
 * @param kind an estimate for each charge period, or costs measured over it
 * @param inputs what the figures rest on, in words that complete "what a month costs at …" (an
 *     estimate) or "costs that accrued, from …" (measured), for example "the settings and rates in
 *     the cluster snapshot config/snapshots/sample-cluster.yaml, read at 17:09 UTC"
 */
public record CostBasis(Kind kind, String inputs) {

  /** Estimated or measured. */
  public enum Kind {
    /** A month's cost computed from the cluster's settings and rates at one time. */
    ESTIMATE("Estimate"),
    /** Costs that accrued over the charge period, as measured. */
    MEASURED("Measured");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The word the data files carry, for example "Estimate". */
    public String label() {
      return label;
    }
  }

  public CostBasis {
    Checks.required(kind, "basis.kind");
    Checks.text(inputs, "basis.inputs");
  }
}
