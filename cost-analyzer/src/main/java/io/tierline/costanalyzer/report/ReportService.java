package io.tierline.costanalyzer.report;

import io.tierline.costanalyzer.core.ClusterService;
import io.tierline.costanalyzer.core.ClusterView;
import io.tierline.costanalyzer.history.HistoryStore;
import io.tierline.costanalyzer.pricing.PriceCatalogs;
import io.tierline.reports.ChargePeriod;
import io.tierline.reports.HistoryPoint;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.ReportWriters;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster's cost report in any format: what the {@code report} command and the REST download
 * write.
 */
public final class ReportService {

  /** How far back the report's trend reaches, one point a day. */
  static final Duration TREND = Duration.ofDays(90);

  private final ClusterService clusters;
  private final PriceCatalogs catalogs;
  private final HistoryStore history;
  private final Clock clock;
  private final ReportMapper mapper = new ReportMapper();

  public ReportService(
      ClusterService clusters, PriceCatalogs catalogs, HistoryStore history, Clock clock) {
    this.clusters = clusters;
    this.catalogs = catalogs;
    this.history = history;
    this.clock = clock;
  }

  /**
   * The report of a cluster as it is now; {@code withHistory} adds the daily trend from recorded
   * history.
   */
  public Report report(String cluster, boolean withHistory) {
    ClusterView v = clusters.view(cluster);
    Instant now = clock.instant();
    List<HistoryPoint> trend = withHistory ? trend(cluster, now) : List.of();
    return mapper
        .map(v.analysis(), catalogs.get(v.analysis().priceCatalog()), trend, now)
        .withMeasured(MeasuredRows.of(v.analysis()));
  }

  public void write(String cluster, ReportFormat format, OutputStream out) throws IOException {
    ReportWriters.forFormat(format).write(report(cluster, true), out);
  }

  /** The last recording of each day, as that day's point. */
  private List<HistoryPoint> trend(String cluster, Instant now) {
    Instant from = now.minus(TREND).truncatedTo(ChronoUnit.DAYS);
    List<HistoryPoint> out = new ArrayList<>();
    for (HistoryStore.Recording r : history.read(cluster, from, now, Duration.ofDays(1))) {
      Instant day = r.at().truncatedTo(ChronoUnit.DAYS);
      out.add(new HistoryPoint(new ChargePeriod(day, day.plus(1, ChronoUnit.DAYS)), r.total()));
    }
    return out;
  }
}
