package io.tierline.costanalyzer.health;

import com.codahale.metrics.health.HealthCheck;
import io.tierline.costanalyzer.inventory.ClusterSource;

/** Healthy when the cluster answers (a live cluster its metadata request, a snapshot its file). */
public final class ClusterHealthCheck extends HealthCheck {

  private final ClusterSource source;

  public ClusterHealthCheck(ClusterSource source) {
    this.source = source;
  }

  @Override
  protected Result check() {
    return source.reachable()
        ? Result.healthy(
            (source.live() ? "live" : "snapshot") + " cluster " + source.name() + " reachable")
        : Result.unhealthy("cluster " + source.name() + " is not reachable");
  }
}
