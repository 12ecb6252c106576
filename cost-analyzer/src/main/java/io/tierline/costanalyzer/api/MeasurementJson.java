package io.tierline.costanalyzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tierline.costanalyzer.measure.BucketReading;
import io.tierline.costanalyzer.measure.ClusterMeasurement;
import io.tierline.costanalyzer.measure.RemoteObjects;
import java.time.Instant;
import java.util.List;

/**
 * How a cluster's remote storage was measured, for {@code /costs}: what was listed and read, when,
 * and why a part is missing. Null when nothing is configured to measure it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasurementJson(Bucket bucket, PluginMetrics pluginMetrics) {

  /**
   * The bucket's listing; its totals include topics that no longer exist.
   *
   * @param otherObjects objects under the prefix whose keys are not of the plugin's layout
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Bucket(
      String location,
      Instant listedAt,
      Long remoteBytes,
      Long remoteObjects,
      Long remoteSegments,
      Long otherObjects,
      String error) {}

  /** The plugin's counters, read over JMX; {@code overSeconds} is the rate's measuring time. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PluginMetrics(
      List<String> endpoints, Instant readAt, Long overSeconds, String error) {}

  public static MeasurementJson of(ClusterMeasurement m) {
    if (m.bucket().isEmpty() && m.requests().isEmpty()) {
      return null;
    }
    Bucket bucket =
        m.bucket()
            .map(
                b -> {
                  BucketReading r = b.reading().orElse(null);
                  RemoteObjects total = r == null ? null : r.total();
                  return new Bucket(
                      b.location(),
                      r == null ? null : r.listedAt(),
                      total == null ? null : total.bytes(),
                      total == null ? null : total.objects(),
                      total == null ? null : total.segments(),
                      r == null ? null : r.otherObjects(),
                      b.error().orElse(null));
                })
            .orElse(null);
    PluginMetrics plugin =
        m.requests()
            .map(
                p ->
                    new PluginMetrics(
                        p.endpoints(),
                        p.reading().map(r -> r.readAt()).orElse(null),
                        p.rates().map(r -> r.over().toSeconds()).orElse(null),
                        p.error().orElse(null)))
            .orElse(null);
    return new MeasurementJson(bucket, plugin);
  }
}
