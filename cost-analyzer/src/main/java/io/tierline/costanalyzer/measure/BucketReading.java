package io.tierline.costanalyzer.measure;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One listing of a cluster's bucket, summed per topic by the plugin's key layout.
 *
 * @param location the bucket (or directory) and key prefix listed, without credentials
 * @param listedAt when the listing finished
 * @param topics per topic name, in name order
 * @param otherObjects objects under the prefix whose keys are not of the layout (not counted)
 */
public record BucketReading(
    String location, Instant listedAt, Map<String, RemoteObjects> topics, long otherObjects) {
  public BucketReading {
    topics = new TreeMap<>(topics);
  }

  /** What a topic holds; nothing when the listing found none of its objects. */
  public RemoteObjects topic(String name) {
    return topics.getOrDefault(name, RemoteObjects.NONE);
  }

  public RemoteObjects total() {
    return topics.values().stream().reduce(RemoteObjects.NONE, RemoteObjects::plus);
  }
}
