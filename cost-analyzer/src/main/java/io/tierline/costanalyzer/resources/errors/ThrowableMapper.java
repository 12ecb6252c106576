package io.tierline.costanalyzer.resources.errors;

import io.tierline.reports.InvalidReportException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything else: JAX-RS's own errors (unknown path 404, wrong method 405, wrong media type 415)
 * keep their status; a body over the size limit is 413; the rest is 500 with an id to find the
 * stack trace in the log, which the caller never sees.
 */
@Provider
public final class ThrowableMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(ThrowableMapper.class);

  @Override
  public Response toResponse(Throwable e) {
    Throwable tooLarge = bodyTooLarge(e);
    if (tooLarge != null) {
      return Errors.of(413, tooLarge.getMessage());
    }
    if (e instanceof InvalidReportException r) {
      return Errors.of(400, r.getMessage());
    }
    if (e instanceof WebApplicationException w) {
      int status = w.getResponse().getStatus();
      if (status >= 500) {
        LOG.error("request failed", e);
      }
      return Errors.of(status, w.getMessage());
    }
    String id = UUID.randomUUID().toString();
    LOG.error("request failed, error id {}", id, e);
    return Errors.of(500, "internal error (id " + id + " in the service's log)");
  }

  static Throwable bodyTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException) {
        return t;
      }
    }
    return null;
  }
}
