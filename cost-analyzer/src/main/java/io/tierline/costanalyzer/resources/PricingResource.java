package io.tierline.costanalyzer.resources;

import com.codahale.metrics.annotation.Timed;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.pricing.PriceCatalogs;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /api/v1/pricing}: the price catalogs loaded at start-up, by name. */
@Path("/api/v1/pricing")
@Produces(MediaType.APPLICATION_JSON)
public final class PricingResource {

  private final Map<String, PriceCatalog> catalogs = new TreeMap<>();
  private final Conditional conditional;
  private final String tag;

  public PricingResource(PriceCatalogs catalogs, Duration maxAge, ObjectMapper json) {
    catalogs.names().forEach(n -> this.catalogs.put(n, catalogs.get(n)));
    this.conditional = new Conditional(maxAge, json);
    this.tag = Integer.toHexString(this.catalogs.hashCode());
  }

  @Timed
  @GET
  public Response pricing(@Context Request request) {
    return conditional.respond(request, tag, "pricing", () -> Map.of("catalogs", catalogs));
  }
}
