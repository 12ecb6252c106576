package io.tierline.plugin;

import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.format.SegmentManifest;
import io.tierline.plugin.config.StorageClassRules;
import io.tierline.plugin.config.TieringConfig;
import io.tierline.plugin.metrics.TieringMetrics;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.server.log.remote.storage.LogSegmentData;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata.CustomMetadata;
import org.apache.kafka.server.log.remote.storage.RemoteStorageException;
import org.apache.kafka.server.log.remote.storage.RemoteStorageManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class a broker names in {@code remote.log.storage.manager.class.name}. It only wires the
 * offloader's {@link SegmentStore} to Kafka's contract and translates between the two; the storage
 * format, caching and retries live in the offloader.
 *
 * <p>Thread-safe: the broker calls one instance from its copier, expiration and reader pools.
 */
public class TieredRemoteStorageManager implements RemoteStorageManager {
  private static final Logger log = LoggerFactory.getLogger(TieredRemoteStorageManager.class);

  private final RemoteStorageErrors errors;
  private volatile SegmentStore store;
  private volatile TieringMetrics metrics;
  private volatile StorageClassRules storageClasses = StorageClassRules.standard();

  public TieredRemoteStorageManager() {
    this(RemoteStorageErrors.detect(TieredRemoteStorageManager.class.getClassLoader()));
  }

  TieredRemoteStorageManager(RemoteStorageErrors errors) {
    this.errors = errors;
  }

  /**
   * Validates the {@code rsm.config.}-prefixed broker keys (the broker strips the prefix) and
   * connects to the store.
   *
   * @throws org.apache.kafka.common.config.ConfigException naming the key when the configuration is
   *     wrong, which stops the broker at start-up
   */
  @Override
  public void configure(Map<String, ?> configs) {
    TieringConfig config = new TieringConfig(configs);
    config.warnings().forEach(log::warn);
    TieringMetrics newMetrics = TieringMetrics.withJmx();
    try {
      store = SegmentStoreFactory.create(config, newMetrics);
    } catch (RuntimeException e) {
      newMetrics.close();
      throw e;
    }
    metrics = newMetrics;
    storageClasses = config.storageClasses();
    log.info(
        "Tiered storage on the {} backend is ready; storage classes: {}; transient store errors"
            + " reach the broker as {}",
        config.backend(),
        storageClasses,
        errors.retriableAvailable()
            ? "RetriableRemoteStorageException, retried without deleting the attempt"
            : "RemoteStorageException (this broker predates RetriableRemoteStorageException)");
  }

  /**
   * Uses {@code segmentStore} and {@code tieringMetrics} as {@link #configure} would: for tests.
   */
  void configure(SegmentStore segmentStore, TieringMetrics tieringMetrics) {
    store = segmentStore;
    metrics = tieringMetrics;
  }

  @Override
  public Optional<CustomMetadata> copyLogSegmentData(
      RemoteLogSegmentMetadata metadata, LogSegmentData data) throws RemoteStorageException {
    SegmentCoordinates segment = KafkaSegments.coordinates(metadata);
    try {
      SegmentManifest manifest =
          store()
              .upload(
                  segment, KafkaSegments.source(data), storageClasses.forTopic(segment.topic()));
      return Optional.of(CustomMetadataCodec.encode(manifest));
    } catch (Throwable e) {
      // Anything that escapes as an Error stops the broker's copy task for the partition without
      // a word, and local disk fills. As RemoteStorageException it is logged and retried; the
      // attempt is deleted here first, as a broker that retries without deleting relies on.
      RemoteStorageErrors.rethrowIfFatal(e);
      deleteQuietly(segment);
      throw failed("copy", "copy", segment, e);
    }
  }

  @Override
  public InputStream fetchLogSegment(RemoteLogSegmentMetadata metadata, int startPosition)
      throws RemoteStorageException {
    return fetchLogSegment(metadata, (long) startPosition);
  }

  @Override
  public InputStream fetchLogSegment(
      RemoteLogSegmentMetadata metadata, int startPosition, int endPosition)
      throws RemoteStorageException {
    return fetchLogSegment(metadata, (long) startPosition, (long) endPosition);
  }

  /**
   * The {@code long} form of {@link #fetchLogSegment(RemoteLogSegmentMetadata, int)}, for brokers
   * whose interface takes {@code long} positions (segments over 2 GiB). It is declared without
   * {@code @Override} so that the same jar loads on brokers with either interface; Kafka 4.4.0
   * still calls the {@code int} form.
   */
  public InputStream fetchLogSegment(RemoteLogSegmentMetadata metadata, long startPosition)
      throws RemoteStorageException {
    return open(metadata, startPosition, Long.MAX_VALUE);
  }

  /** The {@code long} form of the ranged fetch; both positions are inclusive. */
  public InputStream fetchLogSegment(
      RemoteLogSegmentMetadata metadata, long startPosition, long endPosition)
      throws RemoteStorageException {
    if (endPosition < startPosition) {
      throw new IllegalArgumentException(
          "endPosition " + endPosition + " is before startPosition " + startPosition);
    }
    return open(metadata, startPosition, endPosition);
  }

  // The end may lie past the segment: the offloader reads to the segment's end, which its
  // manifest knows exactly, so no int size from the metadata limits a long position.
  private InputStream open(RemoteLogSegmentMetadata metadata, long startPosition, long endPosition)
      throws RemoteStorageException {
    if (startPosition < 0) {
      throw new IllegalArgumentException("startPosition must be >= 0: " + startPosition);
    }
    SegmentCoordinates segment = KafkaSegments.coordinates(metadata);
    long start = System.nanoTime();
    try {
      // The next segment of the partition starts after this one's last offset; the store fetches
      // its start ahead of a reader nearing this one's end.
      InputStream log =
          store().openLog(segment, startPosition, endPosition, metadata.endOffset() + 1);
      metrics.onOperation(segment.topic(), "fetch", start);
      return new TranslatingInputStream(log, segment, errors);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Throwable e) {
      RemoteStorageErrors.rethrowIfFatal(e);
      throw failed("fetch", "fetch", segment, e);
    }
  }

  @Override
  public InputStream fetchIndex(RemoteLogSegmentMetadata metadata, IndexType indexType)
      throws RemoteStorageException {
    SegmentCoordinates segment = KafkaSegments.coordinates(metadata);
    long start = System.nanoTime();
    try {
      InputStream index = store().openIndex(segment, KafkaSegments.indexType(indexType));
      metrics.onOperation(segment.topic(), "fetch-index", start);
      return new TranslatingInputStream(index, segment, errors);
    } catch (Throwable e) {
      RemoteStorageErrors.rethrowIfFatal(e);
      throw failed("fetch-index", "fetch the " + indexType + " index of", segment, e);
    }
  }

  @Override
  public void deleteLogSegmentData(RemoteLogSegmentMetadata metadata)
      throws RemoteStorageException {
    SegmentCoordinates segment = KafkaSegments.coordinates(metadata);
    long start = System.nanoTime();
    try {
      store().delete(segment);
      metrics.onOperation(segment.topic(), "delete", start);
    } catch (ObjectNotFoundException alreadyGone) {
      metrics.onOperation(segment.topic(), "delete", start);
    } catch (Throwable e) {
      // An Error here would end the broker's expiration task for the partition: retention stops.
      RemoteStorageErrors.rethrowIfFatal(e);
      throw failed("delete", "delete", segment, e);
    }
  }

  @Override
  public void close() {
    SegmentStore current = store;
    if (current != null) {
      current.close();
    }
    TieringMetrics currentMetrics = metrics;
    if (currentMetrics != null) {
      currentMetrics.close();
    }
  }

  /** The plugin's metrics; {@code null} before {@link #configure}. */
  TieringMetrics metrics() {
    return metrics;
  }

  private SegmentStore store() {
    SegmentStore current = store;
    if (current == null) {
      throw new IllegalStateException("configure() was not called");
    }
    return current;
  }

  private RemoteStorageException failed(
      String operation, String action, SegmentCoordinates segment, Throwable e) {
    RemoteStorageException translated = errors.translate(action, segment, e);
    TieringMetrics current = metrics;
    if (current != null) {
      current.onOperationError(segment.topic(), operation, translated);
    }
    return translated;
  }

  private void deleteQuietly(SegmentCoordinates segment) {
    try {
      store().delete(segment);
    } catch (Throwable e) {
      RemoteStorageErrors.rethrowIfFatal(e);
      log.warn(
          "Could not clean up after a failed copy of {}", RemoteStorageErrors.describe(segment), e);
    }
  }
}
