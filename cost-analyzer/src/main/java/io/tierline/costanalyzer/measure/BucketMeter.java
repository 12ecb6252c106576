package io.tierline.costanalyzer.measure;

import io.tierline.costanalyzer.configuration.RemoteStorageConfig;
import io.tierline.offloader.AccessKeyCredentials;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.s3.S3ObjectStore;
import io.tierline.offloader.s3.S3StoreSettings;
import io.tierline.offloader.segment.SegmentObjectName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Measures what each topic stores remotely by listing the bucket through the offloader's own store
 * (the one the plugin writes with) and reading every key back by the plugin's documented layout.
 * One listing is a LIST request per 1,000 objects on S3.
 */
public final class BucketMeter implements AutoCloseable {

  private final RemoteStorageConfig config;
  private final ObjectStore store;
  private final Clock clock;

  BucketMeter(RemoteStorageConfig config, ObjectStore store, Clock clock) {
    if (!(store instanceof SupportsListing)) {
      throw new IllegalArgumentException("the store of " + config.location() + " cannot list");
    }
    this.config = config;
    this.store = store;
    this.clock = clock;
  }

  /** A meter over the store that {@code config} describes; nothing is requested yet. */
  public static BucketMeter of(RemoteStorageConfig config, Clock clock) {
    return new BucketMeter(config, store(config), clock);
  }

  private static ObjectStore store(RemoteStorageConfig c) {
    if (!c.isS3()) {
      return FileSystemObjectStore.create(
          FileSystemStoreSettings.of(Path.of(c.getFilesystemRoot())));
    }
    S3StoreSettings settings = S3StoreSettings.of(c.getBucket(), c.getRegion());
    if (c.getEndpoint() != null) {
      settings = settings.withEndpoint(URI.create(c.getEndpoint()));
    }
    settings = settings.withPathStyle(c.isPathStyleAccess());
    if (c.getAccessKey() != null) {
      settings =
          settings.withCredentials(AccessKeyCredentials.of(c.getAccessKey(), c.getSecretKey()));
    }
    return S3ObjectStore.create(settings);
  }

  /**
   * Lists the objects under the key prefix (the whole bucket with salting, whose salt comes first)
   * and sums them per topic.
   *
   * @throws io.tierline.offloader.ObjectStoreException if the listing fails
   */
  public BucketReading read() {
    String prefix = config.getKeyPrefix();
    String listed = config.isKeyPrefixSalting() || prefix.isEmpty() ? "" : prefix + "/";
    Map<String, RemoteObjects> topics = new HashMap<>();
    long other = 0;
    for (StoredObject o : ((SupportsListing) store).listObjects(listed)) {
      Optional<SegmentObjectName> name =
          SegmentObjectName.parse(o.key()).filter(n -> n.under(prefix));
      if (name.isEmpty()) {
        other++;
        continue;
      }
      boolean manifest = name.get().kind() == SegmentObjectName.Kind.MANIFEST;
      topics.merge(
          name.get().topic(),
          new RemoteObjects(o.sizeBytes(), 1, manifest ? 1 : 0),
          RemoteObjects::plus);
    }
    return new BucketReading(config.location(), clock.instant(), topics, other);
  }

  @Override
  public void close() {
    store.close();
  }
}
