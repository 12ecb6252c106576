package io.tierline.plugin.reconcile;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.segment.SegmentObjectName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentState;

/**
 * Compares a bucket listing with the remote log metadata. An object is an orphan when no segment in
 * the metadata owns it ({@code no-metadata}), when its segment's copy started more than the grace
 * period ago and never finished ({@code copy-not-finished}: a killed upload, or a copy that the
 * broker retried under a new segment id), when its segment's delete started more than the grace
 * period ago and never finished ({@code delete-not-finished}), when its segment was deleted ({@code
 * segment-deleted}), or when its topic was deleted ({@code topic-deleted}). A copy or delete
 * younger than the grace period is left alone: an upload in progress is never touched. The listing
 * must be taken before the metadata is read, so that every object listed has its events among those
 * read (the broker records a copy before it writes an object). A segment is missing objects only if
 * its copy finished before the listing began: one that finished while the listing was taken may
 * have written its manifest after the listing passed its key.
 */
public final class OrphanReconciler {
  private static final List<SegmentObjectName.Kind> DELETE_ORDER =
      List.of(
          SegmentObjectName.Kind.MANIFEST,
          SegmentObjectName.Kind.LOG,
          SegmentObjectName.Kind.INDEXES);

  private OrphanReconciler() {}

  /**
   * What {@code listing} holds against {@code states}, as of {@code now}, the time the listing
   * began (by the brokers' clocks, which stamp the events); deletes nothing.
   */
  public static Reconciliation reconcile(
      String prefix,
      List<StoredObject> listing,
      SegmentStates states,
      Instant now,
      Duration grace) {
    long cutoff = now.minus(grace).toEpochMilli();
    Reconciliation.Totals listed = Reconciliation.Totals.NONE;
    Reconciliation.Totals inProgress = Reconciliation.Totals.NONE;
    List<Reconciliation.Orphan> orphans = new ArrayList<>();
    List<String> unrecognized = new ArrayList<>();
    Map<String, Set<SegmentObjectName.Kind>> present = new HashMap<>();
    for (StoredObject object : listing) {
      listed = listed.plus(object.sizeBytes());
      Optional<SegmentObjectName> parsed = SegmentObjectName.parse(object.key());
      if (parsed.isEmpty()) {
        unrecognized.add(object.key().value());
        continue;
      }
      SegmentObjectName name = parsed.get();
      present
          .computeIfAbsent(name.segmentId(), id -> EnumSet.noneOf(SegmentObjectName.Kind.class))
          .add(name.kind());
      Optional<SegmentStates.Segment> segment = states.segment(name.segmentId());
      String reason;
      if (states.topicDeleted(name.topicId())) {
        reason = "topic-deleted";
      } else if (segment.isEmpty()) {
        reason = "no-metadata";
      } else {
        SegmentStates.Segment s = segment.get();
        boolean old = s.eventTimestampMs() < cutoff;
        reason =
            switch (s.state()) {
              case COPY_SEGMENT_FINISHED -> null;
              case COPY_SEGMENT_STARTED -> old ? "copy-not-finished" : "in-progress";
              case DELETE_SEGMENT_STARTED -> old ? "delete-not-finished" : "in-progress";
              case DELETE_SEGMENT_FINISHED -> "segment-deleted";
            };
      }
      if (reason == null) {
        continue;
      }
      if (reason.equals("in-progress")) {
        inProgress = inProgress.plus(object.sizeBytes());
        continue;
      }
      orphans.add(
          new Reconciliation.Orphan(
              object.key().value(),
              object.sizeBytes(),
              name.topic(),
              name.partition(),
              name.segmentId(),
              reason));
    }
    Map<String, Reconciliation.Totals> byReason = new TreeMap<>();
    for (Reconciliation.Orphan o : orphans) {
      byReason.merge(
          o.reason(),
          new Reconciliation.Totals(1, o.bytes()),
          (a, b) -> new Reconciliation.Totals(a.objects() + 1, a.bytes() + b.bytes()));
    }
    List<Reconciliation.Missing> missing = new ArrayList<>();
    states.all().entrySet().stream()
        .filter(e -> e.getValue().state() == RemoteLogSegmentState.COPY_SEGMENT_FINISHED)
        .filter(e -> e.getValue().eventTimestampMs() < now.toEpochMilli())
        .filter(e -> !states.topicDeleted(e.getValue().partition().topicId().toString()))
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Set<SegmentObjectName.Kind> have =
                  present.getOrDefault(e.getKey(), EnumSet.noneOf(SegmentObjectName.Kind.class));
              List<String> gone = new ArrayList<>();
              for (SegmentObjectName.Kind kind : SegmentObjectName.Kind.values()) {
                if (!have.contains(kind)) {
                  gone.add(kind.name().toLowerCase(Locale.ROOT));
                }
              }
              if (!gone.isEmpty()) {
                SegmentStates.Segment s = e.getValue();
                missing.add(
                    new Reconciliation.Missing(
                        s.partition().topic(),
                        s.partition().partition(),
                        s.baseOffset(),
                        e.getKey(),
                        gone));
              }
            });
    return new Reconciliation(
        prefix,
        true,
        grace.toMillis(),
        listed,
        List.copyOf(orphans),
        byReason,
        inProgress,
        List.copyOf(unrecognized),
        missing,
        Reconciliation.Totals.NONE);
  }

  /**
   * Deletes the orphans of {@code found}, each segment's manifest first, so that a segment is never
   * left readable but incomplete; an object already gone counts as deleted.
   */
  public static Reconciliation delete(Reconciliation found, ObjectStore objects) {
    List<Reconciliation.Orphan> ordered = new ArrayList<>(found.orphans());
    ordered.sort(
        Comparator.comparing(Reconciliation.Orphan::segmentId)
            .thenComparing(o -> DELETE_ORDER.indexOf(kind(o.key()))));
    Reconciliation.Totals deleted = Reconciliation.Totals.NONE;
    for (Reconciliation.Orphan o : ordered) {
      try {
        objects.delete(ObjectKey.of(o.key()));
      } catch (ObjectNotFoundException alreadyGone) {
        // counted: it is not in the bucket any more
      }
      deleted = deleted.plus(o.bytes());
    }
    return new Reconciliation(
        found.prefix(),
        false,
        found.gracePeriodMs(),
        found.listed(),
        found.orphans(),
        found.orphansByReason(),
        found.inProgress(),
        found.unrecognized(),
        found.missing(),
        deleted);
  }

  private static SegmentObjectName.Kind kind(String key) {
    return SegmentObjectName.parse(ObjectKey.of(key)).orElseThrow().kind();
  }
}
