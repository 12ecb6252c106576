package io.tierline.costanalyzer.analysis;

import io.tierline.costanalyzer.measure.ClusterMeasurement;
import io.tierline.costanalyzer.measure.RequestRate;
import io.tierline.costanalyzer.measure.TopicMeasurement;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.model.Prices;
import io.tierline.costanalyzer.model.RequestCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts measured figures beside each topic's model figures, and prices requests from the measured
 * counts where there are some: PUT and LIST are PUT-class requests, GETs are priced as GETs plus
 * the storage class's retrieval fee on the bytes read back, and DELETEs are free (as on S3).
 * Storage and network stay the model's: the measured remote bytes are shown, the model's priced.
 */
final class MeasuredCosts {

  private MeasuredCosts() {}

  static List<TopicAnalysis> apply(
      List<TopicAnalysis> topics, ClusterMeasurement m, Assumptions a, Prices p) {
    List<TopicAnalysis> out = new ArrayList<>(topics.size());
    for (TopicAnalysis t : topics) {
      TopicMeasurement measured = m.topic(t.topic().name());
      if (measured.isEmpty()) {
        out.add(t);
        continue;
      }
      CostBreakdown modelled = t.cost();
      CostBreakdown cost =
          measured
              .perMonth()
              .map(r -> new CostBreakdown(modelled.storage(), modelled.network(), priced(r, a, p)))
              .orElse(modelled);
      out.add(
          new TopicAnalysis(
              t.topic(),
              t.team(),
              cost,
              t.recommendations(),
              Optional.of(
                  new TopicAnalysis.Measured(
                      measured, modelled, measured.perMonth().isPresent()))));
    }
    return out;
  }

  static RequestCost priced(RequestRate r, Assumptions a, Prices p) {
    double putClass = r.putsPerMonth() + r.listsPerMonth();
    double cost =
        putClass / 1000 * p.putPer1000()
            + r.getsPerMonth() / 1000 * p.getPer1000()
            + r.bytesFetchedPerMonth() / a.gigabyteBytes() * p.objectRetrievalPerGb();
    return new RequestCost(
        Math.round(putClass),
        Math.round(r.getsPerMonth()),
        Math.round(r.bytesFetchedPerMonth()),
        cost);
  }
}
