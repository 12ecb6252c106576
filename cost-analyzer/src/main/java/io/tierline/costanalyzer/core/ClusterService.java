package io.tierline.costanalyzer.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.tierline.costanalyzer.analysis.ClusterAnalysis;
import io.tierline.costanalyzer.analysis.ClusterAnalyzer;
import io.tierline.costanalyzer.api.AnalysisResponse;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.errors.NotFoundException;
import io.tierline.costanalyzer.errors.UnavailableException;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.ClusterSource;
import io.tierline.costanalyzer.inventory.TeamRule;
import io.tierline.costanalyzer.json.ObjectMappers;
import io.tierline.costanalyzer.measure.ClusterMeter;
import io.tierline.costanalyzer.pricing.PriceCatalogs;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clusters the service knows, each read (and, where configured, its remote storage measured)
 * and priced at most once per cache lifetime: a dashboard's request never scans a cluster. After
 * the lifetime, the next request still gets the old view while a fresh one is read in the
 * background.
 */
public final class ClusterService implements AutoCloseable {

  private final Map<String, ClusterSource> sources = new LinkedHashMap<>();
  private final Map<String, ClusterSettings> settings;
  private final PriceCatalogs catalogs;
  private final ClusterAnalyzer analyzer;
  private final String defaultCatalog;
  private final List<TeamRule> teams;
  private final Clock clock;
  // Measurements carry instants (when the bucket was listed, the counters read).
  private final ObjectMapper json = ObjectMappers.json().registerModule(new JavaTimeModule());
  private final LoadingCache<String, ClusterView> views;
  private final Map<String, ClusterMeter> meters;

  /**
   * Per-cluster choices from the configuration; null fields fall back to the snapshot's, then the
   * defaults.
   */
  public record ClusterSettings(String priceCatalog, String diskType, String instanceType) {}

  public ClusterService(
      List<ClusterSource> sources,
      Map<String, ClusterSettings> settings,
      PriceCatalogs catalogs,
      ClusterAnalyzer analyzer,
      String defaultCatalog,
      List<TeamRule> teams,
      Duration cacheTtl,
      Clock clock) {
    this(sources, settings, catalogs, analyzer, defaultCatalog, teams, cacheTtl, clock, Map.of());
  }

  /**
   * As the other constructor, with a meter for each cluster whose remote storage is measured: each
   * read lists its bucket and reads its plugin's counters too.
   */
  public ClusterService(
      List<ClusterSource> sources,
      Map<String, ClusterSettings> settings,
      PriceCatalogs catalogs,
      ClusterAnalyzer analyzer,
      String defaultCatalog,
      List<TeamRule> teams,
      Duration cacheTtl,
      Clock clock,
      Map<String, ClusterMeter> meters) {
    this.meters = Map.copyOf(meters);
    sources.forEach(s -> this.sources.put(s.name(), s));
    this.settings = Map.copyOf(settings);
    this.catalogs = catalogs;
    this.analyzer = analyzer;
    this.defaultCatalog = defaultCatalog;
    this.teams = List.copyOf(teams);
    this.clock = clock;
    this.views = Caffeine.newBuilder().refreshAfterWrite(cacheTtl).build(this::load);
  }

  public List<ClusterSource> sources() {
    return List.copyOf(sources.values());
  }

  public ClusterSource source(String cluster) {
    ClusterSource s = sources.get(cluster);
    if (s == null) {
      throw new NotFoundException(
          "cluster: unknown cluster \"" + cluster + "\" (known: " + sources.keySet() + ")");
    }
    return s;
  }

  /** The cluster's current view, from the cache when it is there. */
  public ClusterView view(String cluster) {
    source(cluster);
    return views.get(cluster);
  }

  /** Forgets a cluster's view, after a change to it, so that the next request reads it again. */
  public void invalidate(String cluster) {
    views.invalidate(cluster);
  }

  private ClusterView load(String cluster) {
    ClusterSource source = sources.get(cluster);
    ClusterSnapshot snapshot;
    ClusterAnalysis analysis;
    try {
      ClusterSnapshot read = source.read();
      ClusterSettings s = settings.getOrDefault(cluster, new ClusterSettings(null, null, null));
      snapshot =
          new ClusterSnapshot(
              cluster,
              first(s.priceCatalog(), read.priceCatalog(), defaultCatalog),
              first(s.diskType(), read.diskType(), null),
              first(s.instanceType(), read.instanceType(), null),
              read.brokers(),
              teams.isEmpty() ? read.teams() : teams,
              read.topics());
      analysis = analyzer.analyze(snapshot, catalogs.get(snapshot.priceCatalog()));
      ClusterMeter meter = meters.get(cluster);
      if (meter != null) {
        analysis =
            analysis.withMeasurement(meter.measure(analysis.assumptions().secondsPerMonth()));
      }
    } catch (InvalidInputException e) {
      // A bad snapshot file or catalog name is the operator's mistake, not the caller's: not a 4xx.
      throw new UnavailableException("cluster " + cluster + ": " + e.getMessage(), e);
    }
    AnalysisResponse response = AnalysisResponse.of(analysis);
    return new ClusterView(snapshot, analysis, response, clock.instant(), etag(response));
  }

  private String etag(AnalysisResponse response) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(response));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the analysis", e);
    }
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  @Override
  public void close() {
    sources.values().forEach(ClusterSource::close);
    meters.values().forEach(ClusterMeter::close);
  }
}
