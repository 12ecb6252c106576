package io.tierline.plugin.cluster;

import io.tierline.plugin.broker.TestBrokers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * One {@link TieredCluster} for every test class of the run that asks for the same Kafka version:
 * three broker JVMs are started once rather than per class. A class that asks for another version
 * closes the running cluster first, so that no more than three brokers run at a time; the last one
 * is closed when the run ends. Each test leaves the cluster as it found it (every broker running,
 * no fault injected); if one does not, the next test gets a healed cluster. A failure carries the
 * last lines of every broker's log.
 */
final class SharedCluster
    implements BeforeAllCallback,
        AfterEachCallback,
        TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {
  private static final int LOG_LINES = 60;

  private final String version;
  private TieredCluster cluster;

  private SharedCluster(String version) {
    this.version = version;
  }

  /** The cluster of the newest Kafka the build resolved. */
  static SharedCluster newest() {
    List<String> versions = TestBrokers.versions();
    return new SharedCluster(versions.get(versions.size() - 1));
  }

  /** The cluster of the oldest Kafka the build resolved. */
  static SharedCluster oldest() {
    return new SharedCluster(TestBrokers.versions().get(0));
  }

  TieredCluster get() {
    return cluster;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Running running =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(Running.class, k -> new Running(), Running.class);
    cluster = running.of(version);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (cluster != null) {
      cluster.heal();
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withLogs(failure);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withLogs(failure);
  }

  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withLogs(failure);
  }

  private Throwable withLogs(Throwable failure) {
    if (cluster != null) {
      failure.addSuppressed(
          new AssertionError("The brokers' logs end with:\n" + cluster.logTails(LOG_LINES)));
    }
    return failure;
  }

  /** The cluster running now, closed by JUnit when the whole run is over. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    private TieredCluster current;

    synchronized TieredCluster of(String version) throws Exception {
      if (current != null && current.version().equals(version)) {
        return current;
      }
      close();
      Path root = Path.of(System.getProperty("tierline.kafka.root", "target"), "clusters");
      Path dir = Files.createTempDirectory(Files.createDirectories(root), "kafka-" + version + "-");
      current = TieredCluster.start(version, dir);
      return current;
    }

    @Override
    public synchronized void close() throws Exception {
      if (current != null) {
        TieredCluster closing = current;
        current = null;
        closing.close();
      }
    }
  }
}
