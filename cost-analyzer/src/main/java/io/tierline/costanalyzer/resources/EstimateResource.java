package io.tierline.costanalyzer.resources;

import com.codahale.metrics.annotation.Timed;
import io.tierline.costanalyzer.api.EstimateRequest;
import io.tierline.costanalyzer.api.EstimateResponse;
import io.tierline.costanalyzer.core.Estimator;
import io.tierline.costanalyzer.errors.InvalidInputException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/v1/estimate}: what a workload costs per month; stateless. */
@Path("/api/v1/estimate")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class EstimateResource {

  private final Estimator estimator;

  public EstimateResource(Estimator estimator) {
    this.estimator = estimator;
  }

  @Timed
  @POST
  public EstimateResponse estimate(EstimateRequest request) {
    if (request == null) {
      throw new InvalidInputException(
          "body: is required (an object with workload and optional assumptions)");
    }
    try {
      return estimator.estimate(request);
    } catch (IllegalArgumentException e) {
      // Values each valid on their own can still multiply past what a bill can hold (an infinite
      // cost).
      throw new InvalidInputException("workload: too large to price (" + e.getMessage() + ")", e);
    }
  }
}
