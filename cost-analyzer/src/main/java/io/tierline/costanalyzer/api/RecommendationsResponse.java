package io.tierline.costanalyzer.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/clusters/{cluster}/recommendations}: largest savings first. */
public record RecommendationsResponse(
    String cluster,
    String currency,
    Instant measuredAt,
    BigDecimal totalMonthlySavings,
    List<RecommendationView> recommendations) {}
