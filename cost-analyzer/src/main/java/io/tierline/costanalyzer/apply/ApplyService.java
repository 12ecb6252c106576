package io.tierline.costanalyzer.apply;

import io.tierline.costanalyzer.api.AnalysisResponse.RecommendationJson;
import io.tierline.costanalyzer.api.ApplyResponse;
import io.tierline.costanalyzer.api.RecommendationView;
import io.tierline.costanalyzer.core.ClusterService;
import io.tierline.costanalyzer.errors.NotFoundException;
import io.tierline.costanalyzer.errors.RefusedException;
import io.tierline.costanalyzer.inventory.ClusterSource;
import io.tierline.costanalyzer.inventory.SupportsConfigChanges;
import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.recommend.ConfigChange;
import io.tierline.costanalyzer.recommend.KafkaRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies one recommendation's topic changes to a live cluster, safely: the changes are checked
 * against the topic as it is now (a recommendation made on other values is refused as stale),
 * against Kafka's rules, and by the broker itself ({@code validateOnly}) before anything is set. A
 * dry run stops after the checks. Every attempt that passed authentication leaves an audit line.
 */
public final class ApplyService {

  private final ClusterService clusters;
  private final BearerToken token;
  private final AuditLog audit;
  private final Clock clock;

  public ApplyService(ClusterService clusters, BearerToken token, AuditLog audit, Clock clock) {
    this.clusters = clusters;
    this.token = token;
    this.audit = audit;
    this.clock = clock;
  }

  public ApplyResponse apply(
      String cluster, String id, String authorization, boolean dryRun, String who) {
    token.check(authorization);
    String mode = dryRun ? "dry-run" : "apply";
    try {
      ApplyResponse r = run(cluster, id, dryRun);
      audit.write(
          line(
              who, cluster, id, mode, r.applied() ? "applied" : "checked", r.changes().toString()));
      return r;
    } catch (RefusedException | NotFoundException e) {
      audit.write(line(who, cluster, id, mode, "refused", e.getMessage()));
      throw e;
    }
  }

  private ApplyResponse run(String cluster, String id, boolean dryRun) {
    ClusterSource source = clusters.source(cluster);
    if (!(source instanceof SupportsConfigChanges live)) {
      throw new RefusedException(
          "cluster "
              + cluster
              + " is read from a snapshot file: there is no cluster to apply"
              + " changes to (configure it with bootstrapServers)");
    }
    RecommendationJson rec =
        clusters.view(cluster).response().recommendations().stream()
            .filter(r -> RecommendationView.id(r.rule(), r.topic()).equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "recommendation: unknown id \""
                            + id
                            + "\" for cluster "
                            + cluster
                            + " (see GET /api/v1/clusters/"
                            + cluster
                            + "/recommendations)"));
    List<ConfigChange> other =
        rec.changes().stream().filter(c -> !c.scope().equals(ConfigChange.TOPIC)).toList();
    if (!other.isEmpty()) {
      throw new RefusedException(
          "recommendation "
              + id
              + " changes more than topic configs ("
              + other
              + "): apply it by hand");
    }
    Map<String, String> target = new LinkedHashMap<>();
    rec.changes().forEach(c -> target.put(c.key(), c.to()));
    Map<String, String> current = live.topicConfigs(rec.topic(), new TreeSet<>(target.keySet()));
    List<ApplyResponse.Change> diff = new ArrayList<>();
    for (ConfigChange c : rec.changes()) {
      String now = current.get(c.key());
      if (now != null && !now.equals(c.from())) {
        throw new RefusedException(
            "recommendation "
                + id
                + " is stale: "
                + c.key()
                + " is now "
                + now
                + ", it was made"
                + " for "
                + c.from()
                + "; reload the recommendations");
      }
      diff.add(new ApplyResponse.Change(c.key(), now, c.to()));
    }
    checkKafkaRules(id, live, rec.topic(), target);
    live.alterTopicConfigs(rec.topic(), target, true);
    if (!dryRun) {
      live.alterTopicConfigs(rec.topic(), target, false);
      clusters.invalidate(cluster);
    }
    return new ApplyResponse(cluster, id, rec.topic(), dryRun, !dryRun, diff);
  }

  private static void checkKafkaRules(
      String id, SupportsConfigChanges live, String topic, Map<String, String> target) {
    Map<String, String> after =
        new TreeMap<>(
            live.topicConfigs(
                topic,
                new TreeSet<>(
                    List.of(
                        TopicConfig.CLEANUP_POLICY,
                        TopicConfig.RETENTION_MS,
                        TopicConfig.RETENTION_BYTES,
                        TopicConfig.LOCAL_RETENTION_MS,
                        TopicConfig.LOCAL_RETENTION_BYTES,
                        TopicConfig.REMOTE_STORAGE_ENABLE,
                        TopicConfig.SEGMENT_BYTES,
                        TopicConfig.SEGMENT_MS))));
    after.putAll(target);
    KafkaRules.violation(TopicConfig.of(after))
        .ifPresent(
            v -> {
              throw new RefusedException("recommendation " + id + " breaks a Kafka rule: " + v);
            });
  }

  private String line(
      String who, String cluster, String id, String mode, String outcome, String what) {
    return clock.instant()
        + " who="
        + who
        + " cluster="
        + cluster
        + " recommendation="
        + id
        + " mode="
        + mode
        + " outcome="
        + outcome
        + " what="
        + what.replaceAll("[\\r\\n]", " ");
  }
}
