package io.tierline.costanalyzer.model;

/**
 * A workload's monthly cost by category: the model's answer for one topic, or summed for a cluster.
 */
public record CostBreakdown(StorageCost storage, NetworkCost network, RequestCost requests) {

  public static final CostBreakdown ZERO =
      new CostBreakdown(StorageCost.ZERO, NetworkCost.ZERO, RequestCost.ZERO);

  public CostBreakdown {
    Checks.required("storage", storage);
    Checks.required("network", network);
    Checks.required("requests", requests);
  }

  public double totalMonthlyCost() {
    return storage.monthlyCost() + network.monthlyCost() + requests.monthlyCost();
  }

  public CostBreakdown plus(CostBreakdown o) {
    return new CostBreakdown(
        storage.plus(o.storage), network.plus(o.network), requests.plus(o.requests));
  }
}
