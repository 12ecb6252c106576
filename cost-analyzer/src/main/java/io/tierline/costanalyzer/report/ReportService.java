package io.tierline.costanalyzer.report;

import io.tierline.costanalyzer.core.ClusterService;
import io.tierline.costanalyzer.core.ClusterView;
import io.tierline.costanalyzer.history.HistoryStore;
import io.tierline.costanalyzer.pricing.PriceCatalogs;
import io.tierline.reports.ChargePeriod;
import io.tierline.reports.CostBasis;
import io.tierline.reports.HistoryPoint;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.ReportWriters;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cluster's cost report in any format: what the {@code report} command and the REST download
 * write.
 */
public final class ReportService {

  /** How many earlier months the report's trend reaches. */
  static final int TREND_MONTHS = 12;

  private static final DateTimeFormatter READ_AT =
      DateTimeFormatter.ofPattern("HH:mm 'UTC on' d MMMM yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private final ClusterService clusters;
  private final PriceCatalogs catalogs;
  private final HistoryStore history;
  private final BillingNames billing;
  private final Duration samplingWindow;
  private final Clock clock;
  private final ReportMapper mapper = new ReportMapper();

  /**
   * @param billing the billing account and parties the configuration names
   * @param samplingWindow the window over which live clusters' write rates are measured
   */
  public ReportService(
      ClusterService clusters,
      PriceCatalogs catalogs,
      HistoryStore history,
      BillingNames billing,
      Duration samplingWindow,
      Clock clock) {
    this.clusters = clusters;
    this.catalogs = catalogs;
    this.history = history;
    this.billing = billing;
    this.samplingWindow = samplingWindow;
    this.clock = clock;
  }

  /**
   * The report of a cluster as it is now: an estimate for the current month. {@code withHistory}
   * adds the estimates recorded in earlier months, one per month, for the trend.
   */
  public Report report(String cluster, boolean withHistory) {
    ClusterView v = clusters.view(cluster);
    Instant now = clock.instant();
    List<HistoryPoint> trend = withHistory ? trend(cluster, now) : List.of();
    return mapper
        .map(
            v.analysis(),
            catalogs.get(v.analysis().priceCatalog()),
            billing,
            basis(cluster, v),
            trend,
            now)
        .withMeasured(MeasuredRows.of(v.analysis()));
  }

  public void write(String cluster, ReportFormat format, OutputStream out) throws IOException {
    ReportWriters.forFormat(format).write(report(cluster, true), out);
  }

  /** What the estimate rests on, in words that complete "what a month costs at …". */
  private CostBasis basis(String cluster, ClusterView v) {
    String hours =
        ", over a month of "
            + BigDecimal.valueOf(v.analysis().assumptions().hoursPerMonth())
                .stripTrailingZeros()
                .toPlainString()
            + " hours";
    String inputs =
        clusters.source(cluster).live()
            ? "the topics' settings and the write rates measured over the "
                + minutes(samplingWindow)
                + " to "
                + READ_AT.format(v.readAt())
                + hours
            : "the topics' settings and write rates in the cluster's snapshot file, read at "
                + READ_AT.format(v.readAt())
                + hours;
    return new CostBasis(CostBasis.Kind.ESTIMATE, inputs);
  }

  private static String minutes(Duration window) {
    long minutes = window.toMinutes();
    if (minutes >= 1 && window.equals(Duration.ofMinutes(minutes))) {
      return minutes == 1 ? "minute" : minutes + " minutes";
    }
    return window.toSeconds() + " seconds";
  }

  /**
   * The estimate recorded last in each of the earlier months, as that month's point: a month stands
   * beside a month, never a day's reading beside a month's estimate.
   */
  private List<HistoryPoint> trend(String cluster, Instant now) {
    YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
    List<HistoryPoint> out = new ArrayList<>();
    for (int back = TREND_MONTHS; back >= 1; back--) {
      ChargePeriod month = ChargePeriod.month(current.minusMonths(back));
      Duration length = Duration.between(month.start(), month.end());
      List<HistoryStore.Recording> last = history.read(cluster, month.start(), month.end(), length);
      if (!last.isEmpty()) {
        out.add(new HistoryPoint(month, last.get(last.size() - 1).total()));
      }
    }
    return out;
  }
}
