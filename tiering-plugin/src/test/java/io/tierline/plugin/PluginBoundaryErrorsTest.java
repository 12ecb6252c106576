package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentSource;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.segment.format.SegmentManifest;
import io.tierline.plugin.metrics.TieringMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.kafka.server.log.remote.storage.RemoteResourceNotFoundException;
import org.apache.kafka.server.log.remote.storage.RemoteStorageException;
import org.apache.kafka.server.log.remote.storage.RemoteStorageManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the broker receives when the storage engine fails, at every entry point of the plugin: a
 * {@link RemoteStorageException} for everything but a broken JVM, the retriable kind for transient
 * store errors on brokers that have it, and a copy that never leaves its attempt behind.
 */
class PluginBoundaryErrorsTest {
  @TempDir Path dir;
  private final FailingStore store = new FailingStore();
  private final TieringMetrics metrics = TieringMetrics.withJmx();

  @AfterEach
  void closeMetrics() {
    metrics.close();
  }

  private TieredRemoteStorageManager plugin(RemoteStorageErrors errors) {
    TieredRemoteStorageManager rsm = new TieredRemoteStorageManager(errors);
    rsm.configure(store, metrics);
    return rsm;
  }

  private static RemoteStorageErrors olderBroker() {
    return RemoteStorageErrors.detect(PluginBoundaryErrorsTest.class.getClassLoader());
  }

  /** A broker of Kafka 4.2 or later, whose class loader finds the retriable exception. */
  private static RemoteStorageErrors newerBroker() {
    ClassLoader loader =
        new ClassLoader(PluginBoundaryErrorsTest.class.getClassLoader()) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            return name.equals(RemoteStorageErrors.RETRIABLE_CLASS)
                ? StandInRetriableException.class
                : super.loadClass(name, resolve);
          }
        };
    return RemoteStorageErrors.detect(loader);
  }

  private SegmentFixture segment() throws IOException {
    return SegmentFixture.create(dir, 100, 4096, false);
  }

  @Test
  void detect_kafka40Api_hasNoRetriableException() {
    assertThat(olderBroker().retriableAvailable()).isFalse();
    assertThat(newerBroker().retriableAvailable()).isTrue();
  }

  @Test
  void copyLogSegmentData_outOfMemoryInUpload_throwsRemoteStorageExceptionAndDeletesTheAttempt()
      throws Exception {
    store.failWith(() -> new OutOfMemoryError("Java heap space"));
    SegmentFixture segment = segment();

    assertThatThrownBy(
            () -> plugin(olderBroker()).copyLogSegmentData(segment.metadata(), segment.data()))
        .isExactlyInstanceOf(RemoteStorageException.class)
        .hasMessageContaining("OutOfMemoryError")
        .hasCauseInstanceOf(OutOfMemoryError.class);
    assertThat(store.deleted)
        .containsExactly(segment.metadata().remoteLogSegmentId().id().toString());
  }

  @Test
  void copyLogSegmentData_nonFatalErrors_becomeRemoteStorageExceptions() throws Exception {
    SegmentFixture segment = segment();
    List<Supplier<Throwable>> failures =
        List.of(
            () -> new StackOverflowError(),
            () -> new NoClassDefFoundError("software/amazon/awssdk/Missing"),
            () -> new AssertionError("a bug"),
            () -> new IllegalStateException("a bug"),
            () -> new ObjectStoreException("HTTP 403 AccessDenied"));
    for (Supplier<Throwable> failure : failures) {
      store.failWith(failure);
      assertThatThrownBy(
              () -> plugin(newerBroker()).copyLogSegmentData(segment.metadata(), segment.data()))
          .as("%s", failure.get())
          .isExactlyInstanceOf(RemoteStorageException.class)
          .hasCauseExactlyInstanceOf(failure.get().getClass());
    }
  }

  @Test
  void copyLogSegmentData_internalError_passesThrough() throws Exception {
    store.failWith(() -> new InternalError("broken JVM"));
    SegmentFixture segment = segment();

    assertThatThrownBy(
            () -> plugin(olderBroker()).copyLogSegmentData(segment.metadata(), segment.data()))
        .isExactlyInstanceOf(InternalError.class);
  }

  @Test
  void copyLogSegmentData_storeUnavailable_isRetriableOnNewerBrokersOnly() throws Exception {
    store.failWith(() -> new StoreUnavailableException("PUT: HTTP 503 SlowDown"));
    SegmentFixture segment = segment();

    assertThatThrownBy(
            () -> plugin(newerBroker()).copyLogSegmentData(segment.metadata(), segment.data()))
        .isExactlyInstanceOf(StandInRetriableException.class)
        .hasMessageContaining("HTTP 503 SlowDown");
    assertThatThrownBy(
            () -> plugin(olderBroker()).copyLogSegmentData(segment.metadata(), segment.data()))
        .isExactlyInstanceOf(RemoteStorageException.class);
    // Either way the attempt is gone: a broker that retries without deleting leaves nothing behind.
    assertThat(store.deleted).hasSize(2);
  }

  @Test
  void copyLogSegmentData_permanentStoreError_isNotRetriable() throws Exception {
    store.failWith(() -> new ObjectStoreException("PUT: HTTP 403 AccessDenied"));
    SegmentFixture segment = segment();

    assertThatThrownBy(
            () -> plugin(newerBroker()).copyLogSegmentData(segment.metadata(), segment.data()))
        .isExactlyInstanceOf(RemoteStorageException.class);
  }

  @Test
  void copyLogSegmentData_failure_isCountedInTheErrorMetric() throws Exception {
    store.failWith(() -> new OutOfMemoryError("Java heap space"));
    SegmentFixture segment = segment();

    assertThatThrownBy(
            () -> plugin(olderBroker()).copyLogSegmentData(segment.metadata(), segment.data()))
        .isInstanceOf(RemoteStorageException.class);
    double copyErrors =
        metrics.registry().metrics().entrySet().stream()
            .filter(e -> e.getKey().name().equals("errors-total"))
            .filter(e -> "copy".equals(e.getKey().tags().get("during")))
            .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
            .sum();
    assertThat(copyErrors).isEqualTo(1.0);
  }

  @Test
  void fetchAndDelete_errors_becomeRemoteStorageExceptions() throws Exception {
    SegmentFixture segment = segment();
    TieredRemoteStorageManager rsm = plugin(newerBroker());

    store.failWith(() -> new OutOfMemoryError("Java heap space"));
    store.failDeletesToo();
    assertThatThrownBy(() -> rsm.fetchLogSegment(segment.metadata(), 0))
        .isExactlyInstanceOf(RemoteStorageException.class);
    assertThatThrownBy(
            () -> rsm.fetchIndex(segment.metadata(), RemoteStorageManager.IndexType.OFFSET))
        .isExactlyInstanceOf(RemoteStorageException.class);
    assertThatThrownBy(() -> rsm.deleteLogSegmentData(segment.metadata()))
        .isExactlyInstanceOf(RemoteStorageException.class);

    store.failWith(() -> new StoreUnavailableException("GET: connection reset"));
    assertThatThrownBy(() -> rsm.fetchLogSegment(segment.metadata(), 0))
        .isExactlyInstanceOf(StandInRetriableException.class);

    store.failWith(() -> new ObjectNotFoundException("No object"));
    assertThatThrownBy(
            () -> rsm.fetchIndex(segment.metadata(), RemoteStorageManager.IndexType.TRANSACTION))
        .isExactlyInstanceOf(RemoteResourceNotFoundException.class);
  }

  @Test
  void fetchLogSegment_errorWhileReading_becomesIOExceptionWithTheTranslationAsCause()
      throws Exception {
    SegmentFixture segment = segment();
    TieredRemoteStorageManager rsm = plugin(newerBroker());
    store.failReadsWith(() -> new OutOfMemoryError("Direct buffer memory"));

    try (InputStream in = rsm.fetchLogSegment(segment.metadata(), 0)) {
      assertThatThrownBy(in::read)
          .isInstanceOf(IOException.class)
          .hasCauseExactlyInstanceOf(RemoteStorageException.class);
    }
    store.failReadsWith(() -> new StoreUnavailableException("GET: connection reset"));
    try (InputStream in = rsm.fetchLogSegment(segment.metadata(), 0)) {
      assertThatThrownBy(() -> in.read(new byte[16], 0, 16))
          .isInstanceOf(IOException.class)
          .hasCauseExactlyInstanceOf(StandInRetriableException.class);
    }
  }

  /**
   * Stands in for Kafka 4.2's {@code RetriableRemoteStorageException}: same superclass, same
   * constructor.
   */
  public static final class StandInRetriableException extends RemoteStorageException {
    public StandInRetriableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A segment store whose every call fails as told; it records the deletes it was asked for. */
  private static final class FailingStore implements SegmentStore {
    private volatile Supplier<Throwable> failure = () -> new IllegalStateException("not set");
    private volatile Supplier<Throwable> readFailure;
    private volatile boolean failDeletes;
    final List<String> deleted = new CopyOnWriteArrayList<>();

    void failWith(Supplier<Throwable> next) {
      failure = next;
    }

    void failDeletesToo() {
      failDeletes = true;
    }

    void failReadsWith(Supplier<Throwable> next) {
      readFailure = next;
    }

    private RuntimeException fail() {
      Throwable e = failure.get();
      if (e instanceof Error error) {
        throw error;
      }
      return (RuntimeException) e;
    }

    @Override
    public SegmentManifest upload(
        SegmentCoordinates segment, SegmentSource source, StorageClass storageClass) {
      throw fail();
    }

    @Override
    public InputStream openLog(SegmentCoordinates segment, long startPosition) {
      return openLog(segment, startPosition, Long.MAX_VALUE);
    }

    @Override
    public InputStream openLog(SegmentCoordinates segment, long startPosition, long endPosition) {
      Supplier<Throwable> reads = readFailure;
      if (reads == null) {
        throw fail();
      }
      return new InputStream() {
        @Override
        public int read() {
          Throwable e = reads.get();
          if (e instanceof Error error) {
            throw error;
          }
          throw (RuntimeException) e;
        }
      };
    }

    @Override
    public InputStream openIndex(SegmentCoordinates segment, IndexType type) {
      throw fail();
    }

    @Override
    public void delete(SegmentCoordinates segment) {
      deleted.add(segment.segmentId());
      if (failDeletes) {
        throw fail();
      }
    }

    @Override
    public void close() {}
  }
}
