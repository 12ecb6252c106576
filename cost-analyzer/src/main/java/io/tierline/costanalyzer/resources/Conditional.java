package io.tierline.costanalyzer.resources;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Answers a GET with {@code ETag} and {@code Cache-Control}, or 304 when the caller's {@code If-None-Match}
 * still holds: dashboards poll, and an unchanged cluster then costs neither a body nor its serialisation.
 */
final class Conditional {

  private final CacheControl cacheControl = new CacheControl();

  Conditional(Duration maxAge) {
    cacheControl.setMaxAge((int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds()));
    cacheControl.setPrivate(false);
  }

  /** The tag names the data version; {@code variant} tells apart the endpoints that share it. */
  Response respond(Request request, String tag, String variant, Supplier<Object> body) {
    EntityTag etag = new EntityTag(variant + "-" + tag);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.cacheControl(cacheControl).tag(etag).build();
    }
    return Response.ok(body.get()).cacheControl(cacheControl).tag(etag).build();
  }
}
