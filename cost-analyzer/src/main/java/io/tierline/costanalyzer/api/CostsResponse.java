package io.tierline.costanalyzer.api;

import io.tierline.costanalyzer.core.ClusterView;
import io.tierline.costanalyzer.model.Assumptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/clusters/{cluster}/costs}: totals, cost by team and a row per topic. */
public record CostsResponse(String cluster, String priceCatalog, String diskType, String objectStorageClass,
    String currency, Instant measuredAt, CostJson totals, BigDecimal totalMonthlySavings,
    List<AnalysisResponse.TeamCost> teams, List<AnalysisResponse.TopicCost> topics, Assumptions assumptions,
    AnalysisResponse.PricesJson prices) {

  public static CostsResponse of(ClusterView v) {
    AnalysisResponse a = v.response();
    return new CostsResponse(a.cluster(), a.priceCatalog(), a.diskType(), a.objectStorageClass(), a.currency(),
        v.readAt(), a.totals(), a.totalMonthlySavings(), a.teams(), a.topics(), a.assumptions(), a.prices());
  }
}
