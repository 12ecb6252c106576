package io.tierline.costanalyzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tierline.costanalyzer.inventory.ConsumerGroupLag;
import io.tierline.costanalyzer.inventory.TopicConfig;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/clusters/{cluster}/topics/{topic}}: the topic's configuration (as set, and as
 * Kafka applies it with defaults), what was measured, its monthly cost and the recommendations for
 * it.
 *
 * @param sizeBytes the topic's data, one copy; absent when unknown
 * @param measured where the topic's remote storage is measured: the bucket's and the plugin's
 *     figures, beside the {@code modelled} ones; {@code costBasis} says which {@code cost} prices
 */
public record TopicResponse(
    String cluster,
    String name,
    String team,
    Instant measuredAt,
    int partitions,
    int replicationFactor,
    Map<String, String> configs,
    TopicConfig effectiveConfig,
    double ingressBytesPerSecond,
    Long sizeBytes,
    List<ConsumerGroupLag> consumerGroups,
    String currency,
    CostJson cost,
    BigDecimal monthlySavings,
    List<RecommendationView> recommendations,
    @JsonInclude(JsonInclude.Include.NON_NULL) MeasuredJson.CostBasis costBasis,
    @JsonInclude(JsonInclude.Include.NON_NULL) MeasuredJson.Measured measured,
    @JsonInclude(JsonInclude.Include.NON_NULL) MeasuredJson.Modelled modelled) {}
