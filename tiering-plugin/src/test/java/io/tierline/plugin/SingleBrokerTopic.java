package io.tierline.plugin;

import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.plugin.broker.Deadline;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A tiered topic of one partition on a single broker: 1 MiB segments and one second of local
 * retention, so that every segment but the active one soon lives only in the bucket.
 */
record SingleBrokerTopic(BrokerProcess broker, String name, Uuid id) {

  static SingleBrokerTopic create(BrokerProcess broker, String name) throws Exception {
    try (Admin admin = broker.admin()) {
      NewTopic topic =
          new NewTopic(name, 1, (short) 1)
              .configs(
                  Map.of(
                      "remote.storage.enable", "true",
                      "segment.bytes", String.valueOf(1 << 20),
                      "local.retention.ms", "1000"));
      return new SingleBrokerTopic(
          broker, name, admin.createTopics(List.of(topic)).topicId(name).get());
    }
  }

  /** The key prefix of partition 0's objects. */
  String remotePrefix() {
    return name + "-" + id + "/0/";
  }

  /** Waits until only the active segment is on the broker's disk and the first is in the bucket. */
  void awaitOffloaded(Bucket objects, Duration limit) throws Exception {
    Deadline.await(
        "only the active segment is local and the rest is remote",
        limit,
        () ->
            broker.localSegments(name, 0).size() == 1
                && objects.baseOffsets(remotePrefix()).contains(0L),
        () ->
            "local "
                + broker.localSegments(name, 0)
                + ", remote "
                + objects.baseOffsets(remotePrefix()).size()
                + " segments");
  }
}
