package io.tierline.costanalyzer.api;

import java.math.BigDecimal;

/**
 * The answer of {@code POST /api/v1/estimate} and of the {@code estimate} command: the monthly cost by
 * category, the currency, and every assumption and workload value that was used, defaults included, so that
 * the answer can be explained and reproduced.
 */
public record EstimateResponse(
    CostJson.Storage storage,
    CostJson.Network network,
    CostJson.Requests requests,
    BigDecimal totalMonthlyCost,
    String currency,
    ResolvedAssumptions assumptions,
    ResolvedWorkload workload) {

  public static EstimateResponse of(CostJson cost, String currency, ResolvedAssumptions a, ResolvedWorkload w) {
    return new EstimateResponse(cost.storage(), cost.network(), cost.requests(), cost.totalMonthlyCost(), currency, a, w);
  }
}
