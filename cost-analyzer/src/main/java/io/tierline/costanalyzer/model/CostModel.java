package io.tierline.costanalyzer.model;

/**
 * The cost model: a pure function from a workload, assumptions and prices to a monthly breakdown.
 * It does no I/O and keeps no state, so one instance serves every thread.
 */
public final class CostModel {

  private final StorageModel storage = new StorageModel();
  private final NetworkModel network = new NetworkModel();
  private final RequestModel requests = new RequestModel();

  public CostBreakdown estimate(Workload workload, Assumptions assumptions, Prices prices) {
    return new CostBreakdown(
        storage.cost(workload, assumptions, prices),
        network.cost(workload, assumptions, prices),
        requests.cost(workload, assumptions, prices));
  }
}
