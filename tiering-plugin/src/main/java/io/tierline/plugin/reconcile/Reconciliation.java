package io.tierline.plugin.reconcile;

import java.util.List;
import java.util.Map;

/**
 * What a reconciler run found: objects that no segment owns (orphans), objects left alone because a
 * copy or delete may still be under way, keys that do not follow the layout, and segments whose
 * metadata says they exist but whose objects are gone. Counts and bytes are as stored.
 *
 * @param orphansByReason objects and bytes per reason, over {@code orphans}
 * @param deleted what a run with deletion on removed (empty on a dry run)
 */
public record Reconciliation(
    String prefix,
    boolean dryRun,
    long gracePeriodMs,
    Totals listed,
    List<Orphan> orphans,
    Map<String, Totals> orphansByReason,
    Totals inProgress,
    List<String> unrecognized,
    List<Missing> missing,
    Totals deleted) {

  /** A count of objects and their bytes. */
  public record Totals(long objects, long bytes) {
    public static final Totals NONE = new Totals(0, 0);

    public Totals plus(long sizeBytes) {
      return new Totals(objects + 1, bytes + sizeBytes);
    }
  }

  /** An object no segment owns, and why. */
  public record Orphan(
      String key, long bytes, String topic, int partition, String segmentId, String reason) {}

  /** A segment whose metadata says it was copied, and the kinds of its objects that are gone. */
  public record Missing(
      String topic, int partition, long baseOffset, String segmentId, List<String> objects) {}

  public Totals orphanTotals() {
    Totals t = Totals.NONE;
    for (Orphan o : orphans) {
      t = t.plus(o.bytes());
    }
    return t;
  }
}
