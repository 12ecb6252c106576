package io.tierline.costanalyzer.errors;

/**
 * The caller asked for a request that is well formed but cannot be done: applying to a snapshot, a
 * change that breaks a Kafka rule, a stale recommendation (HTTP 409).
 */
public class RefusedException extends CostAnalyzerException {

  private static final long serialVersionUID = 1L;

  public RefusedException(String message) {
    super(message);
  }

  public RefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
