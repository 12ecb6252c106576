package io.tierline.costanalyzer.measure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One read of the tiering plugin's counters on every broker.
 *
 * @param readAt when the last broker answered
 * @param brokers one entry per JMX endpoint, in the configured order
 */
public record PluginReading(Instant readAt, List<Broker> brokers) {

  /**
   * One broker's counters, which start at zero when its JVM starts.
   *
   * @param startedAt when the broker's JVM started: a new value means the counters restarted
   */
  public record Broker(String endpoint, Instant startedAt, Map<String, RequestCounts> topics) {
    public Broker {
      topics = Map.copyOf(topics);
    }

    public RequestCounts topic(String name) {
      return topics.getOrDefault(name, RequestCounts.NONE);
    }
  }

  public PluginReading {
    brokers = List.copyOf(brokers);
  }

  /** Each topic's counters summed over the brokers, in name order. */
  public Map<String, RequestCounts> topics() {
    Map<String, RequestCounts> sum = new TreeMap<>();
    for (Broker b : brokers) {
      b.topics().forEach((topic, counts) -> sum.merge(topic, counts, RequestCounts::plus));
    }
    return sum;
  }
}
