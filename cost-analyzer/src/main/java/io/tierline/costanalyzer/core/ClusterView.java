package io.tierline.costanalyzer.core;

import io.tierline.costanalyzer.analysis.ClusterAnalysis;
import io.tierline.costanalyzer.api.AnalysisResponse;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import java.time.Instant;

/**
 * One cluster as last read and priced, kept in the cache: what every cluster endpoint answers from.
 *
 * @param etag a strong validator of the priced answer: equal views give equal tags
 */
public record ClusterView(
    ClusterSnapshot snapshot,
    ClusterAnalysis analysis,
    AnalysisResponse response,
    Instant readAt,
    String etag) {}
