package io.tierline.costanalyzer.resources.errors;

import java.io.IOException;

/**
 * A request body past {@code maxRequestBytes}; an {@link IOException} so that it stops the parser
 * that reads it.
 */
public final class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  BodyTooLargeException(long limit) {
    super("body: larger than the limit of " + limit + " bytes (maxRequestBytes)");
  }
}
