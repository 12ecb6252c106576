package io.tierline.costanalyzer.resources;

import com.codahale.metrics.annotation.Timed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.yaml}: the API's contract, hand-written next to the resources and
 * tested against them.
 */
@Path("/api/v1/openapi.yaml")
public final class OpenApiResource {

  static final String RESOURCE = "/openapi.yaml";

  private final byte[] document;

  public OpenApiResource() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Timed
  @GET
  @Produces("application/yaml")
  public byte[] document() {
    return document.clone();
  }
}
