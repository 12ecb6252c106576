package io.tierline.costanalyzer.resources;

import com.codahale.metrics.annotation.Timed;
import io.tierline.costanalyzer.api.HistoryResponse;
import io.tierline.costanalyzer.core.ClusterService;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.history.HistoryStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/clusters/{cluster}/history?from=&to=&step=}: the cost trend from the recorded
 * history.
 */
@Path("/api/v1/clusters/{cluster}/history")
@Produces(MediaType.APPLICATION_JSON)
public final class HistoryResource {

  static final int MAX_POINTS = 10_000;

  private final ClusterService clusters;
  private final HistoryStore store;
  private final Clock clock;

  public HistoryResource(ClusterService clusters, HistoryStore store, Clock clock) {
    this.clusters = clusters;
    this.store = store;
    this.clock = clock;
  }

  @Timed
  @GET
  public HistoryResponse history(
      @PathParam("cluster") String cluster,
      @QueryParam("from") String fromParam,
      @QueryParam("to") String toParam,
      @QueryParam("step") String stepParam) {
    clusters.source(cluster);
    Instant to = toParam == null ? clock.instant() : instant("to", toParam);
    Instant from = fromParam == null ? to.minus(Duration.ofDays(7)) : instant("from", fromParam);
    Duration step = stepParam == null ? Duration.ofHours(1) : duration(stepParam);
    if (!from.isBefore(to)) {
      throw new InvalidInputException("from: must be before to (" + to + "), was " + from);
    }
    if (step.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new InvalidInputException("step: must be at least PT1M, was " + stepParam);
    }
    if (Duration.between(from, to).dividedBy(step) > MAX_POINTS) {
      throw new InvalidInputException(
          "step: too small for the range, at most " + MAX_POINTS + " steps");
    }
    List<HistoryResponse.Point> points = new ArrayList<>();
    store
        .read(cluster, from, to, step)
        .forEach(
            r -> {
              Map<String, BigDecimal> topics = new TreeMap<>();
              r.byTopic().forEach((k, v) -> topics.put(k, v.setScale(2, RoundingMode.HALF_UP)));
              points.add(
                  new HistoryResponse.Point(
                      r.at(), r.total().setScale(2, RoundingMode.HALF_UP), topics));
            });
    return new HistoryResponse(cluster, from, to, step.toString(), points);
  }

  private static Instant instant(String name, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name
              + ": must be an ISO-8601 instant such as 2026-01-31T00:00:00Z, was \""
              + value
              + "\"");
    }
  }

  private static Duration duration(String value) {
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "step: must be an ISO-8601 duration such as PT1H or P1D, was \"" + value + "\"");
    }
  }
}
