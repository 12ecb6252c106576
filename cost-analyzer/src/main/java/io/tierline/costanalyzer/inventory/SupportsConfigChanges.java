package io.tierline.costanalyzer.inventory;

import java.util.Map;
import java.util.Set;

/**
 * The optional ability of a {@link ClusterSource} to read and change topic configurations: live
 * clusters have it.
 */
public interface SupportsConfigChanges {

  /**
   * The topic's current value of each key, as Kafka applies it (defaults included).
   *
   * @throws io.tierline.costanalyzer.errors.NotFoundException if the topic does not exist
   */
  Map<String, String> topicConfigs(String topic, Set<String> keys);

  /**
   * Sets the keys to the values through {@code incrementalAlterConfigs}; with {@code validateOnly}
   * the broker checks the change and keeps nothing.
   *
   * @throws io.tierline.costanalyzer.errors.RefusedException if the broker refuses the change, with
   *     its reason
   */
  void alterTopicConfigs(String topic, Map<String, String> values, boolean validateOnly);
}
