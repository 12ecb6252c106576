package io.tierline.costanalyzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The answer of {@code POST /api/v1/estimate} and of the {@code estimate} command: the monthly cost
 * by category (compute only when an instance type was asked for), the currency, and every
 * assumption and workload value that was used, defaults included, so that the answer can be
 * explained and reproduced.
 */
public record EstimateResponse(
    CostJson.Storage storage,
    CostJson.Network network,
    CostJson.Requests requests,
    @JsonInclude(JsonInclude.Include.NON_NULL) Compute compute,
    BigDecimal totalMonthlyCost,
    String currency,
    ResolvedAssumptions assumptions,
    ResolvedWorkload workload) {

  /**
   * The brokers the workload needs (when the request names an instance type) and their monthly
   * cost.
   */
  public record Compute(String instanceType, int brokers, String boundBy, BigDecimal monthlyCost) {}

  /** The answer; a compute cost, when there is one, is part of the total. */
  public static EstimateResponse of(
      CostJson cost, Compute compute, String currency, ResolvedAssumptions a, ResolvedWorkload w) {
    BigDecimal total =
        compute == null
            ? cost.totalMonthlyCost()
            : cost.totalMonthlyCost().add(compute.monthlyCost());
    return new EstimateResponse(
        cost.storage(), cost.network(), cost.requests(), compute, total, currency, a, w);
  }
}
