package io.tierline.costanalyzer.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tierline.costanalyzer.errors.InvalidInputException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Answers a GET with {@code ETag} and {@code Cache-Control}, or 304 when the caller's {@code
 * If-None-Match} still holds. The JSON of each tag is written once and kept: dashboards poll the
 * same answers, and a cluster's answer only changes when its view is read again (which changes the
 * tag).
 */
final class Conditional {

  private static final int MAX_BODIES = 1_000;

  private final CacheControl cacheControl = new CacheControl();
  private final ObjectMapper json;
  private final Cache<String, byte[]> bodies =
      Caffeine.newBuilder().maximumSize(MAX_BODIES).build();

  Conditional(Duration maxAge, ObjectMapper json) {
    cacheControl.setMaxAge((int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds()));
    this.json = json;
  }

  /** The tag names the data version; {@code variant} tells apart the answers that share it. */
  Response respond(Request request, String tag, String variant, Supplier<Object> body) {
    EntityTag etag = new EntityTag(variant + "-" + tag);
    Response.ResponseBuilder notModified;
    try {
      notModified = request.evaluatePreconditions(etag);
    } catch (RuntimeException e) {
      // Jersey parses the header here and throws on a malformed one: the caller's mistake.
      throw new InvalidInputException(
          "If-None-Match: not a list of entity tags (quoted strings, or *)");
    }
    if (notModified != null) {
      return notModified.cacheControl(cacheControl).tag(etag).build();
    }
    byte[] bytes = bodies.get(etag.getValue(), k -> write(body.get()));
    return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE)
        .cacheControl(cacheControl)
        .tag(etag)
        .build();
  }

  private byte[] write(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
