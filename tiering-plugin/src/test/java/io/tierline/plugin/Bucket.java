package io.tierline.plugin;

import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.testing.S3Fixtures;
import java.util.List;
import java.util.TreeSet;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What a bucket of the in-process S3 server holds, seen through the AWS SDK as an operator would.
 */
public final class Bucket implements AutoCloseable {
  private final String name;
  private final S3Client client;

  public Bucket(InProcessS3Server server, String name) {
    this.name = name;
    this.client = S3Fixtures.plainClient(server.endpoint());
  }

  /**
   * One object of a segment, named by the key layout {@code
   * …/<topic>-<topicId>/<partition>/<20-digit base offset>-<segmentId>.<extension>}, and its size.
   */
  public record SegmentObject(
      String key, int partition, long baseOffset, String segmentId, String extension, long bytes) {
    static SegmentObject parse(String key, long bytes) {
      String file = key.substring(key.lastIndexOf('/') + 1);
      String parent = key.substring(0, key.lastIndexOf('/'));
      int partition = Integer.parseInt(parent.substring(parent.lastIndexOf('/') + 1));
      int dot = file.lastIndexOf('.');
      return new SegmentObject(
          key,
          partition,
          Long.parseLong(file.substring(0, 20)),
          file.substring(21, dot),
          file.substring(dot + 1),
          bytes);
    }

    public boolean isManifest() {
      return extension.equals("manifest");
    }
  }

  /** Keys that contain {@code fragment}: the key layout puts a salt and prefix before the topic. */
  public List<String> keys(String fragment) {
    return objects(fragment).stream().map(S3Object::key).toList();
  }

  private List<S3Object> objects(String fragment) {
    return client.listObjectsV2Paginator(b -> b.bucket(name)).contents().stream()
        .filter(o -> o.key().contains(fragment))
        .toList();
  }

  /** Every object of the topic with this id, parsed from its key, with its size. */
  public List<SegmentObject> segmentObjects(String topic, String topicId) {
    return objects("/" + topic + "-" + topicId + "/").stream()
        .map(o -> SegmentObject.parse(o.key(), o.size()))
        .toList();
  }

  /** The base offsets of the readable segments (those with a manifest) under {@code fragment}. */
  public TreeSet<Long> baseOffsets(String fragment) {
    TreeSet<Long> offsets = new TreeSet<>();
    for (String key : keys(fragment)) {
      if (key.endsWith(".manifest")) {
        String file = key.substring(key.lastIndexOf('/') + 1);
        offsets.add(Long.parseLong(file.substring(0, 20)));
      }
    }
    return offsets;
  }

  /** The whole object {@code key}. */
  byte[] bytes(String key) {
    return client.getObjectAsBytes(b -> b.bucket(name).key(key)).asByteArray();
  }

  @Override
  public void close() {
    client.close();
  }
}
