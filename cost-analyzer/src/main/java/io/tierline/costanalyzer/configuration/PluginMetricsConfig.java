package io.tierline.costanalyzer.configuration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.tierline.settingsdocs.Setting;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the service reads the tiering plugin's request counters: each broker's JMX endpoint. The
 * password is a secret: {@link #toString()} never shows it.
 */
public class PluginMetricsConfig {

  @Setting(
      value =
          "every broker's JMX endpoint, `host:port` or a `service:jmx:` URL: requests are summed"
              + " over them",
      defaultText = "(required)")
  @NotEmpty
  private List<String> jmx = List.of();

  @Setting("JMX user, when the brokers' JMX asks for one")
  private String username;

  @Setting("its password, best as an environment reference (masked everywhere)")
  private String password;

  @Setting(
      "requests per month are measured over this last window (since a broker's start, until the"
          + " service has run this long)")
  @NotNull
  @MinDuration(value = 10, unit = TimeUnit.SECONDS)
  private Duration rateWindow = Duration.minutes(15);

  @JsonProperty
  public List<String> getJmx() {
    return jmx;
  }

  @JsonProperty
  public void setJmx(List<String> jmx) {
    this.jmx = jmx == null ? List.of() : List.copyOf(jmx);
  }

  @JsonProperty
  public String getUsername() {
    return username;
  }

  @JsonProperty
  public void setUsername(String username) {
    this.username = username;
  }

  @JsonProperty
  public String getPassword() {
    return password;
  }

  @JsonProperty
  public void setPassword(String password) {
    this.password = password;
  }

  @JsonProperty
  public Duration getRateWindow() {
    return rateWindow;
  }

  @JsonProperty
  public void setRateWindow(Duration rateWindow) {
    this.rateWindow = rateWindow;
  }

  @JsonIgnore
  @AssertTrue(message = "jmx: each endpoint must be host:port or a service:jmx: URL, and not blank")
  public boolean isEndpointsWellFormed() {
    return jmx.stream()
        .allMatch(
            e -> e != null && (e.startsWith("service:jmx:") || e.matches("[^\\s:]+:\\d{1,5}")));
  }

  @JsonIgnore
  @AssertTrue(message = "set both username and password, or neither")
  public boolean isCredentialPair() {
    return (username == null) == (password == null);
  }

  @Override
  public String toString() {
    return "PluginMetricsConfig{jmx="
        + jmx
        + (username == null ? "" : ", username=" + username + ", password=" + Secrets.MASK)
        + "}";
  }
}
