package io.tierline.costanalyzer.errors;

/**
 * The user's mistake: a request, snapshot or price catalog that is malformed or out of range. The
 * message is one line that names the field (as a path such as {@code workload.replicationFactor})
 * and what is wrong.
 */
public class InvalidInputException extends CostAnalyzerException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
