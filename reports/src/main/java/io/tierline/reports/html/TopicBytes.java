package io.tierline.reports.html;

import io.tierline.reports.CostRow;
import io.tierline.reports.Report;
import java.util.HashMap;
import java.util.Map;

/** Each topic's local and remote bytes, taken once per topic: rows repeat them per category. */
final class TopicBytes {
  private TopicBytes() {}

  /** Topic to {local bytes, remote bytes}, for a report of one charge period. */
  static Map<String, long[]> of(Report report) {
    Map<String, long[]> bytes = new HashMap<>();
    for (CostRow row : report.rows()) {
      long[] topic = bytes.computeIfAbsent(row.topic(), name -> new long[2]);
      topic[0] = Math.max(topic[0], row.localBytes());
      topic[1] = Math.max(topic[1], row.remoteBytes());
    }
    return bytes;
  }
}
