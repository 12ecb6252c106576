package io.tierline.costanalyzer.inventory;

/**
 * Where a cluster's measurements come from: a snapshot file or a live cluster. Implementations are
 * thread-safe; callers cache what {@link #read()} returns, since a live read scans the whole
 * cluster.
 */
public interface ClusterSource extends AutoCloseable {

  /** The cluster's name in the service's configuration. */
  String name();

  /** Whether the source is a live cluster (changes can be applied) or a file (read-only). */
  boolean live();

  /**
   * Reads the cluster as it is now.
   *
   * @throws io.tierline.costanalyzer.errors.CostAnalyzerException if the file or the cluster cannot
   *     be read
   */
  ClusterSnapshot read();

  /** Whether the cluster answers now; a file source answers when its file reads. */
  boolean reachable();

  @Override
  default void close() {}
}
