package io.tierline.costanalyzer.resources;

import com.codahale.metrics.annotation.Timed;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.costanalyzer.analysis.TopicAnalysis;
import io.tierline.costanalyzer.api.ClusterSummary;
import io.tierline.costanalyzer.api.CostJson;
import io.tierline.costanalyzer.api.CostsResponse;
import io.tierline.costanalyzer.api.MeasuredJson;
import io.tierline.costanalyzer.api.RecommendationView;
import io.tierline.costanalyzer.api.RecommendationsResponse;
import io.tierline.costanalyzer.api.TopicResponse;
import io.tierline.costanalyzer.configuration.ClusterConfig;
import io.tierline.costanalyzer.core.ClusterService;
import io.tierline.costanalyzer.core.ClusterView;
import io.tierline.costanalyzer.errors.NotFoundException;
import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.inventory.TopicSnapshot;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The read-only cluster endpoints: the list, costs, one topic and the recommendations. */
@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
public final class ClustersResource {

  private final ClusterService clusters;
  private final List<ClusterSummary> summaries;
  private final Conditional conditional;

  public ClustersResource(
      ClusterService clusters, List<ClusterConfig> configs, Duration maxAge, ObjectMapper json) {
    this.clusters = clusters;
    this.summaries =
        configs.stream()
            .map(
                c ->
                    c.isLive()
                        ? new ClusterSummary(c.getName(), "live", c.getBootstrapServers())
                        : new ClusterSummary(c.getName(), "snapshot", c.getSnapshot()))
            .toList();
    this.conditional = new Conditional(maxAge, json);
  }

  @Timed
  @GET
  public Response list(@Context Request request) {
    return conditional.respond(
        request,
        Integer.toHexString(summaries.hashCode()),
        "clusters",
        () -> Map.of("clusters", summaries));
  }

  @Timed
  @GET
  @Path("/{cluster}/costs")
  public Response costs(@PathParam("cluster") String cluster, @Context Request request) {
    ClusterView v = clusters.view(cluster);
    return conditional.respond(
        request, v.etag(), "costs", () -> CostsResponse.of(v.response(), v.readAt()));
  }

  @Timed
  @GET
  @Path("/{cluster}/topics/{topic}")
  public Response topic(
      @PathParam("cluster") String cluster,
      @PathParam("topic") String topic,
      @Context Request request) {
    ClusterView v = clusters.view(cluster);
    TopicAnalysis t =
        v.analysis().topics().stream()
            .filter(a -> a.topic().name().equals(topic))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "topic: unknown topic \"" + topic + "\" in cluster " + cluster));
    return conditional.respond(request, v.etag(), "topic-" + topic, () -> topicResponse(v, t));
  }

  @Timed
  @GET
  @Path("/{cluster}/recommendations")
  public Response recommendations(@PathParam("cluster") String cluster, @Context Request request) {
    ClusterView v = clusters.view(cluster);
    return conditional.respond(
        request,
        v.etag(),
        "recommendations",
        () ->
            new RecommendationsResponse(
                cluster,
                v.response().currency(),
                v.readAt(),
                v.response().totalMonthlySavings(),
                v.response().recommendations().stream().map(RecommendationView::of).toList()));
  }

  private static TopicResponse topicResponse(ClusterView v, TopicAnalysis t) {
    TopicSnapshot s = t.topic();
    CostJson cost = CostJson.of(t.cost());
    List<RecommendationView> recommendations =
        v.response().recommendations().stream()
            .filter(r -> r.topic().equals(s.name()))
            .map(RecommendationView::of)
            .toList();
    var savings =
        recommendations.stream()
            .map(RecommendationView::monthlySavings)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    MeasuredJson.Topic measured = MeasuredJson.Topic.of(t);
    return new TopicResponse(
        v.snapshot().cluster(),
        s.name(),
        t.team(),
        v.readAt(),
        s.partitions(),
        s.replicationFactor(),
        s.configs(),
        TopicConfig.of(s.configs()),
        s.ingressBytesPerSecond(),
        s.sizeBytes(),
        s.consumerGroups(),
        v.response().currency(),
        cost,
        savings,
        recommendations,
        measured.costBasis(),
        measured.measured(),
        measured.modelled());
  }
}
