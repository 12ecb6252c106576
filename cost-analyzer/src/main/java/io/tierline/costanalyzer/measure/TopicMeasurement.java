package io.tierline.costanalyzer.measure;

import java.time.Duration;
import java.util.Optional;

/**
 * What was measured of one topic; each part is empty when it is not measured (not configured, or
 * the bucket or a broker did not answer).
 *
 * @param remote what the bucket holds for the topic now
 * @param counted the plugin's counters, summed over the brokers, since each started
 * @param perMonth the requests those counters show per month, measured over {@code over}
 */
public record TopicMeasurement(
    Optional<RemoteObjects> remote,
    Optional<RequestCounts> counted,
    Optional<RequestRate> perMonth,
    Duration over) {

  public static final TopicMeasurement NONE =
      new TopicMeasurement(Optional.empty(), Optional.empty(), Optional.empty(), Duration.ZERO);

  public boolean isEmpty() {
    return remote.isEmpty() && counted.isEmpty();
  }
}
