package io.tierline.costanalyzer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.tierline.costanalyzer.configuration.ApplyConfig;
import io.tierline.costanalyzer.configuration.BillingConfig;
import io.tierline.costanalyzer.configuration.ClusterConfig;
import io.tierline.costanalyzer.configuration.HistoryConfig;
import io.tierline.costanalyzer.inventory.TeamRule;
import io.tierline.settingsdocs.Setting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The service's YAML configuration ({@code config/cost-analyzer.yml}), validated at start-up. Every
 * key is listed in the README's table, which a test checks against this class.
 */
public class CostAnalyzerConfiguration extends Configuration {

  @Setting("directory of the price catalogs (`*.yaml`), checked at start-up")
  @NotEmpty
  private String pricingDirectory = "config/pricing";

  @Setting("catalog for estimates and clusters that name none")
  @NotEmpty
  private String defaultPriceCatalog = "aws-us-east-1";

  @Valid @NotEmpty private List<ClusterConfig> clusters = List.of();

  @Setting(
      "ordered `{pattern, team}` rules, first match wins (`$1` allowed); replace a snapshot's own")
  @NotNull
  private List<TeamRule> teams = List.of();

  @Setting("live ingress is measured over the records of this last window")
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration samplingWindow = Duration.minutes(5);

  @Setting("how long a cluster's read is served before it is read again (in the background)")
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration cacheTtl = Duration.seconds(60);

  @Setting("largest request body; larger ones get 413")
  @Min(1024)
  @Max(16 * 1024 * 1024)
  private int maxRequestBytes = 64 * 1024;

  @Valid @NotNull private HistoryConfig history = new HistoryConfig();

  @Valid @NotNull private ApplyConfig apply = new ApplyConfig();

  @Valid @NotNull private BillingConfig billing = new BillingConfig();

  /** Directory of the price catalogs ({@code *.yaml}). */
  @JsonProperty
  public String getPricingDirectory() {
    return pricingDirectory;
  }

  @JsonProperty
  public void setPricingDirectory(String pricingDirectory) {
    this.pricingDirectory = pricingDirectory;
  }

  /** Catalog for estimates and clusters that name none. */
  @JsonProperty
  public String getDefaultPriceCatalog() {
    return defaultPriceCatalog;
  }

  @JsonProperty
  public void setDefaultPriceCatalog(String defaultPriceCatalog) {
    this.defaultPriceCatalog = defaultPriceCatalog;
  }

  @JsonProperty
  public List<ClusterConfig> getClusters() {
    return clusters;
  }

  @JsonProperty
  public void setClusters(List<ClusterConfig> clusters) {
    this.clusters = clusters == null ? List.of() : List.copyOf(clusters);
  }

  /** Ordered team rules; they replace a snapshot's own rules when set. */
  @JsonProperty
  public List<TeamRule> getTeams() {
    return teams;
  }

  @JsonProperty
  public void setTeams(List<TeamRule> teams) {
    this.teams = teams == null ? List.of() : List.copyOf(teams);
  }

  @JsonProperty
  public Duration getSamplingWindow() {
    return samplingWindow;
  }

  @JsonProperty
  public void setSamplingWindow(Duration samplingWindow) {
    this.samplingWindow = samplingWindow;
  }

  @JsonProperty
  public Duration getCacheTtl() {
    return cacheTtl;
  }

  @JsonProperty
  public void setCacheTtl(Duration cacheTtl) {
    this.cacheTtl = cacheTtl;
  }

  @JsonProperty
  public int getMaxRequestBytes() {
    return maxRequestBytes;
  }

  @JsonProperty
  public void setMaxRequestBytes(int maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  @JsonProperty
  public HistoryConfig getHistory() {
    return history;
  }

  @JsonProperty
  public void setHistory(HistoryConfig history) {
    this.history = history;
  }

  @JsonProperty
  public ApplyConfig getApply() {
    return apply;
  }

  @JsonProperty
  public void setApply(ApplyConfig apply) {
    this.apply = apply;
  }

  /** The FOCUS billing account, provider, publisher and invoice issuer of the reports. */
  @JsonProperty
  public BillingConfig getBilling() {
    return billing;
  }

  @JsonProperty
  public void setBilling(BillingConfig billing) {
    this.billing = billing;
  }

  @JsonIgnore
  @AssertTrue(message = "clusters: names must be unique")
  public boolean isUniqueClusterNames() {
    var seen = new HashSet<String>();
    return clusters.stream()
        .map(ClusterConfig::getName)
        .filter(Objects::nonNull)
        .allMatch(seen::add);
  }
}
