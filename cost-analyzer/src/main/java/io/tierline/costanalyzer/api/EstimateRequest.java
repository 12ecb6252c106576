package io.tierline.costanalyzer.api;

/**
 * The body of {@code POST /api/v1/estimate} and the input of the {@code estimate} command. Only
 * {@code workload.ingressBytesPerSecond}, {@code workload.replicationFactor} and {@code
 * workload.retentionMs} are required; everything else falls back to the configured defaults.
 */
public record EstimateRequest(WorkloadRequest workload, AssumptionsRequest assumptions) {

  public EstimateRequest {
    if (assumptions == null) {
      assumptions = AssumptionsRequest.NONE;
    }
  }
}
