package io.tierline.costanalyzer.report;

import io.tierline.costanalyzer.analysis.ClusterAnalysis;
import io.tierline.costanalyzer.analysis.TopicAnalysis;
import io.tierline.costanalyzer.api.Money;
import io.tierline.costanalyzer.measure.RequestRate;
import io.tierline.costanalyzer.measure.TopicMeasurement;
import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.reports.MeasuredTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToDoubleFunction;

/**
 * The report's measured figures: a row per topic whose remote storage was measured, beside the
 * model's. The cost rows need nothing from here: they price the analysis, whose requests are
 * already the measured ones.
 */
final class MeasuredRows {
  private MeasuredRows() {}

  static List<MeasuredTopic> of(ClusterAnalysis a) {
    List<MeasuredTopic> out = new ArrayList<>();
    for (TopicAnalysis t : a.topics()) {
      if (t.measured().isEmpty()) {
        continue;
      }
      TopicAnalysis.Measured m = t.measured().get();
      TopicMeasurement v = m.values();
      CostBreakdown modelled = m.modelled();
      out.add(
          new MeasuredTopic(
              t.topic().name(),
              v.remote().map(r -> OptionalLong.of(r.bytes())).orElse(OptionalLong.empty()),
              modelled.storage().remoteBytes(),
              v.remote().map(r -> OptionalLong.of(r.objects())).orElse(OptionalLong.empty()),
              rate(v, r -> r.putsPerMonth() + r.listsPerMonth()),
              modelled.requests().putsPerMonth(),
              rate(v, RequestRate::getsPerMonth),
              modelled.requests().getsPerMonth(),
              rate(v, RequestRate::listsPerMonth),
              m.requestsMeasured()
                  ? Optional.of(Money.of(t.cost().requests().monthlyCost()))
                  : Optional.empty(),
              Money.of(modelled.requests().monthlyCost())));
    }
    return out;
  }

  private static OptionalLong rate(TopicMeasurement v, ToDoubleFunction<RequestRate> which) {
    return v.perMonth()
        .map(r -> OptionalLong.of(Math.round(which.applyAsDouble(r))))
        .orElse(OptionalLong.empty());
  }
}
