package io.tierline.plugin.reconcile;

import java.util.List;
import java.util.Map;

/**
 * The reconciler's report as JSON, the schema documented in docs/tiering-plugin.md. The plugin
 * ships without a JSON library (the broker's classpath must not see one of ours), so this small
 * writer escapes strings itself.
 */
public final class ReconciliationJson {
  private ReconciliationJson() {}

  public static String write(Reconciliation r) {
    StringBuilder out = new StringBuilder(256 + r.orphans().size() * 160);
    out.append("{\n  \"prefix\": ").append(string(r.prefix()));
    out.append(",\n  \"dryRun\": ").append(r.dryRun());
    out.append(",\n  \"gracePeriodMs\": ").append(r.gracePeriodMs());
    out.append(",\n  \"listed\": ").append(totals(r.listed()));
    Reconciliation.Totals orphans = r.orphanTotals();
    out.append(",\n  \"orphans\": {\"objects\": ").append(orphans.objects());
    out.append(", \"bytes\": ").append(orphans.bytes()).append(", \"byReason\": {");
    String sep = "";
    for (Map.Entry<String, Reconciliation.Totals> e : r.orphansByReason().entrySet()) {
      out.append(sep).append(string(e.getKey())).append(": ").append(totals(e.getValue()));
      sep = ", ";
    }
    out.append("}, \"items\": [");
    sep = "";
    for (Reconciliation.Orphan o : r.orphans()) {
      out.append(sep).append("\n    {\"key\": ").append(string(o.key()));
      out.append(", \"bytes\": ").append(o.bytes());
      out.append(", \"topic\": ").append(string(o.topic()));
      out.append(", \"partition\": ").append(o.partition());
      out.append(", \"segmentId\": ").append(string(o.segmentId()));
      out.append(", \"reason\": ").append(string(o.reason())).append('}');
      sep = ",";
    }
    out.append("]}");
    out.append(",\n  \"inProgress\": ").append(totals(r.inProgress()));
    out.append(",\n  \"unrecognized\": ").append(strings(r.unrecognized()));
    out.append(",\n  \"missing\": {\"segments\": ")
        .append(r.missing().size())
        .append(", \"items\": [");
    sep = "";
    for (Reconciliation.Missing m : r.missing()) {
      out.append(sep).append("\n    {\"topic\": ").append(string(m.topic()));
      out.append(", \"partition\": ").append(m.partition());
      out.append(", \"baseOffset\": ").append(m.baseOffset());
      out.append(", \"segmentId\": ").append(string(m.segmentId()));
      out.append(", \"objects\": ").append(strings(m.objects())).append('}');
      sep = ",";
    }
    out.append("]}");
    out.append(",\n  \"deleted\": ").append(totals(r.deleted()));
    return out.append("\n}\n").toString();
  }

  private static String totals(Reconciliation.Totals t) {
    return "{\"objects\": " + t.objects() + ", \"bytes\": " + t.bytes() + "}";
  }

  private static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(string(values.get(i)));
    }
    return out.append(']').toString();
  }

  static String string(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
