package io.tierline.costanalyzer.configuration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tierline.settingsdocs.Setting;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Who may apply recommendations and where the audit trail goes. Without a token, apply answers 401
 * to everyone: the service only ever reads then.
 */
public class ApplyConfig {

  @Setting("bearer token that apply requires; unset: apply answers 401 to everyone")
  @Size(min = 16, message = "must be at least 16 characters when set")
  private String token;

  @Setting("file that gets one line per apply attempt")
  @NotEmpty
  private String auditLog = "logs/apply-audit.log";

  /** The bearer token that {@code POST .../apply} requires; a secret, never shown. */
  @JsonProperty
  public void setToken(String token) {
    this.token = token == null || token.isEmpty() ? null : token;
  }

  @JsonIgnore
  public String token() {
    return token;
  }

  @JsonProperty
  public String getAuditLog() {
    return auditLog;
  }

  @JsonProperty
  public void setAuditLog(String auditLog) {
    this.auditLog = auditLog;
  }

  @Override
  public String toString() {
    return "ApplyConfig{token="
        + (token == null ? "unset" : Secrets.MASK)
        + ", auditLog="
        + auditLog
        + "}";
  }
}
