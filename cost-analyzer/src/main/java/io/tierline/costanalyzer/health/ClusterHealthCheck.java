package io.tierline.costanalyzer.health;

import com.codahale.metrics.health.HealthCheck;
import io.tierline.costanalyzer.inventory.ClusterSource;

/**
 * Healthy when the cluster answers: a live cluster its metadata request, a snapshot cluster a file
 * that still reads and parses (it is read again on every refresh, so an edit can break it).
 */
public final class ClusterHealthCheck extends HealthCheck {

  private final ClusterSource source;

  public ClusterHealthCheck(ClusterSource source) {
    this.source = source;
  }

  @Override
  protected Result check() {
    if (!source.live()) {
      try {
        source.read();
        return Result.healthy("snapshot cluster " + source.name() + " readable");
      } catch (RuntimeException e) {
        return Result.unhealthy(e.getMessage());
      }
    }
    return source.reachable()
        ? Result.healthy("live cluster " + source.name() + " reachable")
        : Result.unhealthy("cluster " + source.name() + " is not reachable");
  }
}
