package io.tierline.costanalyzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tierline.costanalyzer.model.Assumptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/clusters/{cluster}/costs}: totals, cost by team and a row per topic, and the
 * brokers' compute on its own (the topic rows and totals leave it out); where the cluster's remote
 * storage is measured, how it was ({@code measurement}) and each topic's measured figures beside
 * the model's.
 */
public record CostsResponse(
    String cluster,
    String priceCatalog,
    String diskType,
    String objectStorageClass,
    String currency,
    Instant measuredAt,
    CostJson totals,
    BigDecimal totalMonthlySavings,
    List<AnalysisResponse.TeamCost> teams,
    List<AnalysisResponse.TopicCost> topics,
    Assumptions assumptions,
    AnalysisResponse.PricesJson prices,
    AnalysisResponse.ComputeJson compute,
    @JsonInclude(JsonInclude.Include.NON_NULL) MeasurementJson measurement) {

  /**
   * The costs of a cluster's analysis; {@code measuredAt} is when the cluster was read, which the
   * analysis lacks.
   */
  public static CostsResponse of(AnalysisResponse a, Instant measuredAt) {
    return new CostsResponse(
        a.cluster(),
        a.priceCatalog(),
        a.diskType(),
        a.objectStorageClass(),
        a.currency(),
        measuredAt,
        a.totals(),
        a.totalMonthlySavings(),
        a.teams(),
        a.topics(),
        a.assumptions(),
        a.prices(),
        a.compute(),
        a.measurement());
  }
}
