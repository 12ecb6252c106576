package io.tierline.costanalyzer.inventory.live;

import io.tierline.costanalyzer.errors.UnavailableException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** Kafka client failures become {@link UnavailableException} naming the cluster, in one place. */
final class Kafka {

  private Kafka() {}

  static <T> T call(String cluster, Callable<T> call) {
    try {
      return call.call();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(cluster, e);
    } catch (RuntimeException e) {
      if (e instanceof io.tierline.costanalyzer.errors.CostAnalyzerException c) {
        throw c;
      }
      throw unavailable(cluster, e);
    } catch (Exception e) {
      throw unavailable(cluster, e);
    }
  }

  static UnavailableException unavailable(String cluster, Throwable e) {
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    return new UnavailableException(
        "cluster "
            + cluster
            + ": cannot be read: "
            + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
        cause);
  }
}
