package io.tierline.costanalyzer.health;

import com.codahale.metrics.health.HealthCheck;
import io.tierline.costanalyzer.pricing.PriceCatalogs;

/** Healthy when at least one price catalog is loaded and the default one is among them. */
public final class CatalogHealthCheck extends HealthCheck {

  private final PriceCatalogs catalogs;
  private final String defaultCatalog;

  public CatalogHealthCheck(PriceCatalogs catalogs, String defaultCatalog) {
    this.catalogs = catalogs;
    this.defaultCatalog = defaultCatalog;
  }

  @Override
  protected Result check() {
    if (!catalogs.names().contains(defaultCatalog)) {
      return Result.unhealthy(
          "default catalog "
              + defaultCatalog
              + " is not loaded (loaded: "
              + catalogs.names()
              + ")");
    }
    return Result.healthy("catalogs loaded: " + catalogs.names());
  }
}
