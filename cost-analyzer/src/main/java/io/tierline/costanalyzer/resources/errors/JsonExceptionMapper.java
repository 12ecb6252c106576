package io.tierline.costanalyzer.resources.errors;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.tierline.costanalyzer.errors.InputErrors;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A body that is not the JSON a resource takes: 400 naming the field, as the CLI's messages do. */
@Provider
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

  private static final Logger LOG = LoggerFactory.getLogger(JsonExceptionMapper.class);

  @Override
  public Response toResponse(JsonProcessingException e) {
    Throwable tooLarge = ThrowableMapper.bodyTooLarge(e);
    if (tooLarge != null) {
      return Errors.of(413, tooLarge.getMessage());
    }
    if (e instanceof JsonGenerationException || e instanceof InvalidDefinitionException) {
      LOG.error("cannot write or bind JSON", e);
      return Errors.of(500, "internal error while writing the answer");
    }
    return Errors.of(400, InputErrors.describe("body", e).getMessage());
  }
}
