package io.tierline.costanalyzer.resources.errors;

import io.tierline.costanalyzer.errors.CostAnalyzerException;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.errors.NotFoundException;
import io.tierline.costanalyzer.errors.RefusedException;
import io.tierline.costanalyzer.errors.UnauthorizedException;
import io.tierline.costanalyzer.errors.UnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's exception family, translated once: the caller's mistakes are 4xx, a cluster that is
 * down 503.
 */
@Provider
public final class CostAnalyzerExceptionMapper implements ExceptionMapper<CostAnalyzerException> {

  private static final Logger LOG = LoggerFactory.getLogger(CostAnalyzerExceptionMapper.class);

  @Override
  public Response toResponse(CostAnalyzerException e) {
    if (e instanceof InvalidInputException) {
      return Errors.of(400, e.getMessage());
    }
    if (e instanceof NotFoundException) {
      return Errors.of(404, e.getMessage());
    }
    if (e instanceof UnauthorizedException) {
      return Errors.of(401, e.getMessage());
    }
    if (e instanceof RefusedException) {
      return Errors.of(409, e.getMessage());
    }
    if (e instanceof UnavailableException) {
      LOG.warn("{}", e.getMessage());
      return Errors.of(503, e.getMessage());
    }
    LOG.error("request failed", e);
    return Errors.of(500, e.getMessage());
  }
}
