package io.tierline.costanalyzer.api;

/**
 * A cluster of {@code GET /api/v1/clusters}: its name and where it is read from (never its client
 * secrets).
 */
public record ClusterSummary(String name, String source, String location) {}
