package io.tierline.costanalyzer.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/clusters/{cluster}/history}: the monthly cost as recorded over time, one point
 * per step that holds a recording (its last one), oldest first.
 */
public record HistoryResponse(
    String cluster, Instant from, Instant to, String step, List<Point> points) {

  /** The cluster's monthly cost as recorded at {@code at}, in total and by topic. */
  public record Point(Instant at, BigDecimal totalMonthlyCost, Map<String, BigDecimal> topics) {}
}
