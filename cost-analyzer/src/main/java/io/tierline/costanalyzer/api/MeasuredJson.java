package io.tierline.costanalyzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tierline.costanalyzer.analysis.TopicAnalysis;
import io.tierline.costanalyzer.measure.RequestCounts;
import io.tierline.costanalyzer.measure.RequestRate;
import io.tierline.costanalyzer.measure.TopicMeasurement;
import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.model.RequestCost;
import java.math.BigDecimal;

/**
 * A topic's measured remote storage, beside the model's figures: {@code measured} comes from the
 * bucket's listing and the plugin's counters, {@code modelled} from the cost model, and {@code
 * costBasis} says which of them the topic's {@code cost} prices. Parts that are not measured are
 * left out.
 */
public final class MeasuredJson {

  private MeasuredJson() {}

  /** Which figures each category of a topic's {@code cost} rests on. */
  public record CostBasis(String storage, String network, String requests) {
    static CostBasis of(boolean requestsMeasured) {
      return new CostBasis("modelled", "modelled", requestsMeasured ? "measured" : "modelled");
    }
  }

  /**
   * What was measured.
   *
   * @param remoteBytes bytes the bucket holds for the topic now (logs, indexes, manifests)
   * @param remoteObjects objects the bucket holds for the topic now
   * @param remoteSegments segments with a manifest, readable
   * @param requests the plugin's counters since each broker started, summed over brokers
   * @param requestsPerMonth the rate those counters show, per month
   * @param requestsMonthlyCost the measured requests priced, retrieval fees included
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Measured(
      Long remoteBytes,
      Long remoteObjects,
      Long remoteSegments,
      Counted requests,
      PerMonth requestsPerMonth,
      BigDecimal requestsMonthlyCost) {}

  /** The plugin's counters: a multipart upload is one PUT. */
  public record Counted(long put, long get, long list, long delete, long bytesFetched) {
    static Counted of(RequestCounts c) {
      return new Counted(c.puts(), c.gets(), c.lists(), c.deletes(), c.bytesFetched());
    }
  }

  /** Requests per month at the measured rate, and the seconds it was measured over. */
  public record PerMonth(
      long put, long get, long list, long delete, long bytesFetched, long overSeconds) {
    static PerMonth of(RequestRate r, long overSeconds) {
      return new PerMonth(
          Math.round(r.putsPerMonth()),
          Math.round(r.getsPerMonth()),
          Math.round(r.listsPerMonth()),
          Math.round(r.deletesPerMonth()),
          Math.round(r.bytesFetchedPerMonth()),
          overSeconds);
    }
  }

  /** The model's figures for the same quantities. */
  public record Modelled(
      long remoteBytes, long putsPerMonth, long getsPerMonth, BigDecimal requestsMonthlyCost) {
    static Modelled of(CostBreakdown modelled) {
      RequestCost r = modelled.requests();
      return new Modelled(
          modelled.storage().remoteBytes(),
          r.putsPerMonth(),
          r.getsPerMonth(),
          Money.of(r.monthlyCost()));
    }
  }

  /** The measured figures of a topic, or null when nothing of it is measured. */
  static Measured measured(TopicAnalysis t) {
    return t.measured()
        .map(
            m -> {
              TopicMeasurement v = m.values();
              return new Measured(
                  v.remote().map(r -> r.bytes()).orElse(null),
                  v.remote().map(r -> r.objects()).orElse(null),
                  v.remote().map(r -> r.segments()).orElse(null),
                  v.counted().map(Counted::of).orElse(null),
                  v.perMonth().map(r -> PerMonth.of(r, v.over().toSeconds())).orElse(null),
                  m.requestsMeasured() ? Money.of(t.cost().requests().monthlyCost()) : null);
            })
        .orElse(null);
  }

  static Modelled modelled(TopicAnalysis t) {
    return t.measured().map(m -> Modelled.of(m.modelled())).orElse(null);
  }

  static CostBasis costBasis(TopicAnalysis t) {
    return t.measured().map(m -> CostBasis.of(m.requestsMeasured())).orElse(null);
  }

  /** For {@link TopicResponse}: measured, modelled and basis of one topic. */
  public record Topic(CostBasis costBasis, Measured measured, Modelled modelled) {
    public static Topic of(TopicAnalysis t) {
      return new Topic(
          MeasuredJson.costBasis(t), MeasuredJson.measured(t), MeasuredJson.modelled(t));
    }
  }
}
