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
final class Bucket implements AutoCloseable {
  private final String name;
  private final S3Client client;

  Bucket(InProcessS3Server server, String name) {
    this.name = name;
    this.client = S3Fixtures.plainClient(server.endpoint());
  }

  /** Keys that contain {@code fragment}: the key layout puts a salt and prefix before the topic. */
  List<String> keys(String fragment) {
    return client.listObjectsV2Paginator(b -> b.bucket(name)).contents().stream()
        .map(S3Object::key)
        .filter(k -> k.contains(fragment))
        .toList();
  }

  /** The base offsets of the readable segments (those with a manifest) under {@code fragment}. */
  TreeSet<Long> baseOffsets(String fragment) {
    TreeSet<Long> offsets = new TreeSet<>();
    for (String key : keys(fragment)) {
      if (key.endsWith(".manifest")) {
        String file = key.substring(key.lastIndexOf('/') + 1);
        offsets.add(Long.parseLong(file.substring(0, 20)));
      }
    }
    return offsets;
  }

  @Override
  public void close() {
    client.close();
  }
}
