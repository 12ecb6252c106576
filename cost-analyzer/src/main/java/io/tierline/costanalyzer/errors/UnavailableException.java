package io.tierline.costanalyzer.errors;

/** A cluster that cannot be read now (HTTP 503); the caller may retry. */
public class UnavailableException extends CostAnalyzerException {

  private static final long serialVersionUID = 1L;

  public UnavailableException(String message) {
    super(message);
  }

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
