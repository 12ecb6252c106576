package io.tierline.costanalyzer.history;

import io.dropwizard.lifecycle.Managed;
import io.tierline.costanalyzer.inventory.ClusterSource;
import io.tierline.reports.Report;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every cluster's per-topic costs at a fixed interval, the first time at start-up. A
 * cluster that cannot be read is skipped for that round (and logged); the schedule goes on.
 */
public final class HistoryRecorder implements Managed {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);

  private final List<ClusterSource> clusters;
  private final Function<String, Report> reports;
  private final HistoryStore store;
  private final Duration interval;
  private final Clock clock;
  private ScheduledExecutorService scheduler;

  /**
   * @param reports a cluster's report as it is now, by the cluster's name; a function, so that
   *     history does not depend on the report package, whose trend reads this history
   */
  public HistoryRecorder(
      List<ClusterSource> clusters,
      Function<String, Report> reports,
      HistoryStore store,
      Duration interval,
      Clock clock) {
    this.clusters = List.copyOf(clusters);
    this.reports = reports;
    this.store = store;
    this.interval = interval;
    this.clock = clock;
  }

  @Override
  public void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "history-recorder");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleWithFixedDelay(
        this::recordAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One round over every cluster. */
  public void recordAll() {
    for (ClusterSource c : clusters) {
      try {
        store.record(reports.apply(c.name()), clock.instant());
      } catch (RuntimeException e) {
        LOG.warn("history: cluster {} not recorded this round: {}", c.name(), e.getMessage());
      }
    }
  }

  @Override
  public void stop() throws InterruptedException {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
