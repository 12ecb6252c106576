package io.tierline.costanalyzer.resources;

import com.codahale.metrics.annotation.Timed;
import io.tierline.costanalyzer.api.ApplyResponse;
import io.tierline.costanalyzer.apply.ApplyService;
import io.tierline.costanalyzer.errors.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/clusters/{cluster}/recommendations/{id}/apply}: a dry run unless {@code
 * dryRun=false}. The optional {@code X-Tierline-Actor} header names the person for the audit line.
 */
@Path("/api/v1/clusters/{cluster}/recommendations/{id}/apply")
@Produces(MediaType.APPLICATION_JSON)
public final class ApplyResource {

  static final String ACTOR = "X-Tierline-Actor";

  private final ApplyService apply;

  public ApplyResource(ApplyService apply) {
    this.apply = apply;
  }

  @Timed
  @POST
  public ApplyResponse apply(
      @PathParam("cluster") String cluster,
      @PathParam("id") String id,
      @QueryParam("dryRun") String dryRun,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(ACTOR) String actor,
      @Context HttpServletRequest request) {
    return apply.apply(cluster, id, authorization, dryRun(dryRun), who(actor, request));
  }

  private static boolean dryRun(String value) {
    if (value == null || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw new InvalidInputException("dryRun: must be true or false, was \"" + value + "\"");
  }

  private static String who(String actor, HttpServletRequest request) {
    String name = actor == null ? "-" : actor.replaceAll("[^A-Za-z0-9@._-]", "_");
    name = name.length() > 64 ? name.substring(0, 64) : name;
    return name + "@" + (request == null ? "unknown" : request.getRemoteAddr());
  }
}
