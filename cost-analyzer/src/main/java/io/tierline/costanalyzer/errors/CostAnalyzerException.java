package io.tierline.costanalyzer.errors;

/**
 * The cost analyzer's exception family. Boundaries translate it once: the CLI to a one-line message
 * and an exit code, the REST API to {@code {code, message}}.
 */
public class CostAnalyzerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CostAnalyzerException(String message) {
    super(message);
  }

  public CostAnalyzerException(String message, Throwable cause) {
    super(message, cause);
  }
}
