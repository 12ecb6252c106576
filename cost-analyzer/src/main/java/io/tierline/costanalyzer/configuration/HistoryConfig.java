package io.tierline.costanalyzer.configuration;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.tierline.settingsdocs.Setting;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** Where per-topic costs are recorded as Parquet files, and how often. */
public class HistoryConfig {

  @Setting("record per-topic costs as Parquet files")
  private boolean enabled = true;

  @Setting("where: `<directory>/<cluster>/<epoch ms>.parquet`")
  @NotEmpty
  private String directory = "history";

  @Setting("how often (the first recording is at start-up)")
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration interval = Duration.hours(1);

  @JsonProperty
  public boolean isEnabled() {
    return enabled;
  }

  @JsonProperty
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  @JsonProperty
  public String getDirectory() {
    return directory;
  }

  @JsonProperty
  public void setDirectory(String directory) {
    this.directory = directory;
  }

  @JsonProperty
  public Duration getInterval() {
    return interval;
  }

  @JsonProperty
  public void setInterval(Duration interval) {
    this.interval = interval;
  }
}
