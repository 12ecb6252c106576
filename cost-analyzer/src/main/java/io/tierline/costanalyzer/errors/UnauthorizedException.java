package io.tierline.costanalyzer.errors;

/**
 * A change asked for without the right bearer token (HTTP 401). The message never repeats what was
 * sent.
 */
public class UnauthorizedException extends CostAnalyzerException {

  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String message) {
    super(message);
  }
}
