package io.tierline.costanalyzer.resources.errors;

import io.tierline.costanalyzer.api.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the one error shape of the API, {@code {code, message}}. */
final class Errors {

  private Errors() {}

  static Response of(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorResponse(status, message))
        .build();
  }
}
