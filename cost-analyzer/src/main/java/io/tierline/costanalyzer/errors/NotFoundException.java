package io.tierline.costanalyzer.errors;

/** The caller asked for a cluster, topic or recommendation that does not exist (HTTP 404). */
public class NotFoundException extends CostAnalyzerException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }

  public NotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
