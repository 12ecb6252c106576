package io.tierline.costanalyzer;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import jakarta.validation.constraints.NotEmpty;

/**
 * The service's YAML configuration. For now it says where the price catalogs are; the clusters, team rules
 * and the assumption defaults join it with the REST service.
 */
public class CostAnalyzerConfiguration extends Configuration {

  @NotEmpty
  private String pricingDirectory = "config/pricing";

  @JsonProperty
  public String getPricingDirectory() {
    return pricingDirectory;
  }

  @JsonProperty
  public void setPricingDirectory(String pricingDirectory) {
    this.pricingDirectory = pricingDirectory;
  }
}
