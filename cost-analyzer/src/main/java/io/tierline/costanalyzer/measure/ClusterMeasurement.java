package io.tierline.costanalyzer.measure;

import java.util.List;
import java.util.Optional;

/**
 * What was measured of a cluster's remote storage at one read: the bucket's listing and the
 * plugin's request counters, each empty when it is not configured.
 */
public record ClusterMeasurement(Optional<Bucket> bucket, Optional<Requests> requests) {

  public static final ClusterMeasurement NONE =
      new ClusterMeasurement(Optional.empty(), Optional.empty());

  /**
   * The bucket's side.
   *
   * @param location what was listed, without credentials
   * @param error why there is no reading, when there is none
   */
  public record Bucket(String location, Optional<BucketReading> reading, Optional<String> error) {}

  /**
   * The plugin's side.
   *
   * @param endpoints the brokers' JMX endpoints
   * @param error why there is no reading, when there is none
   */
  public record Requests(
      List<String> endpoints,
      Optional<PluginReading> reading,
      Optional<RequestRates.Rates> rates,
      Optional<String> error) {
    public Requests {
      endpoints = List.copyOf(endpoints);
    }
  }

  /** One topic's figures. */
  public TopicMeasurement topic(String name) {
    Optional<RemoteObjects> remote =
        bucket.flatMap(Bucket::reading).map(reading -> reading.topic(name));
    Optional<RequestCounts> counted =
        requests
            .flatMap(Requests::reading)
            .map(reading -> reading.topics().getOrDefault(name, RequestCounts.NONE));
    Optional<RequestRates.Rates> rates = requests.flatMap(Requests::rates);
    Optional<RequestRate> perMonth =
        rates.map(r -> r.topics().getOrDefault(name, RequestRate.NONE));
    return new TopicMeasurement(
        remote,
        counted,
        perMonth,
        rates.map(RequestRates.Rates::over).orElse(java.time.Duration.ZERO));
  }
}
