package io.tierline.reports;

/**
 * A report value was given a field that breaks its contract. The message names the field and says
 * what is allowed, so a caller can pass it on to a user as it is.
 */
public final class InvalidReportException extends ReportException {
  private static final long serialVersionUID = 1L;

  public InvalidReportException(String field, String problem) {
    super(field + " " + problem);
  }
}
