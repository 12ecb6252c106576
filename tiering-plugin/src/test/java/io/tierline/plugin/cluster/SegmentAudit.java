package io.tierline.plugin.cluster;

import io.tierline.plugin.Bucket.SegmentObject;
import io.tierline.plugin.broker.RemoteLogMetadata.Segment;
import io.tierline.plugin.broker.RemoteLogMetadata.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The remote log metadata of one topic compared with what its bucket holds.
 *
 * @param copied segments the metadata records as copied
 * @param duplicates copied segments that store the same offsets as another copied one
 * @param missing copied segments whose log, indexes or manifest is not in the bucket
 * @param gaps ranges of offsets, per partition, that fall between copied segments
 * @param notDeleted segments the metadata records as deleted whose objects are still there
 * @param unreferenced objects of copies the broker never recorded as finished (failed or abandoned
 *     attempts): never read, as they are not in the metadata
 * @param unreferencedManifests the readable ones among them: complete copies the broker does not
 *     know of, which happens only when a broker dies between writing a manifest and recording it
 */
public record SegmentAudit(
    int copied,
    List<String> duplicates,
    List<String> missing,
    List<String> gaps,
    List<String> notDeleted,
    List<String> unreferenced,
    List<String> unreferencedManifests) {
  private static final Set<String> EXTENSIONS = Set.of("log", "indexes", "manifest");

  public static SegmentAudit of(List<Segment> metadata, List<SegmentObject> bucket) {
    Map<String, Set<String>> stored = new HashMap<>();
    for (SegmentObject object : bucket) {
      stored.computeIfAbsent(object.segmentId(), id -> new HashSet<>()).add(object.extension());
    }
    List<Segment> copied = metadata.stream().filter(Segment::copied).toList();
    Set<String> copiedIds = copied.stream().map(Segment::id).collect(Collectors.toSet());
    Set<String> deletedIds =
        metadata.stream()
            .filter(s -> s.state() == State.DELETE_SEGMENT_FINISHED)
            .map(Segment::id)
            .collect(Collectors.toSet());

    List<String> missing = new ArrayList<>();
    for (Segment segment : copied) {
      Set<String> extensions = stored.getOrDefault(segment.id(), Set.of());
      if (!extensions.containsAll(EXTENSIONS)) {
        missing.add(describe(segment) + " has only " + extensions);
      }
    }
    List<String> notDeleted =
        bucket.stream()
            .filter(o -> deletedIds.contains(o.segmentId()))
            .map(SegmentObject::key)
            .toList();
    List<SegmentObject> strays =
        bucket.stream()
            .filter(o -> !copiedIds.contains(o.segmentId()) && !deletedIds.contains(o.segmentId()))
            .toList();
    return new SegmentAudit(
        copied.size(),
        duplicates(copied),
        missing,
        gaps(copied),
        notDeleted,
        strays.stream().map(SegmentObject::key).toList(),
        strays.stream().filter(SegmentObject::isManifest).map(SegmentObject::key).toList());
  }

  /** Copied segments with the same partition and offsets as an earlier copied one. */
  private static List<String> duplicates(List<Segment> copied) {
    Map<String, Segment> first = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (Segment segment : copied) {
      String offsets = segment.partition() + ":" + segment.startOffset();
      Segment earlier = first.putIfAbsent(offsets, segment);
      if (earlier != null) {
        duplicates.add(describe(segment) + " repeats " + describe(earlier));
      }
    }
    return duplicates;
  }

  /** Offsets after a copied segment that no copied segment of the partition holds. */
  private static List<String> gaps(List<Segment> copied) {
    Map<Integer, TreeMap<Long, Long>> byPartition = new TreeMap<>();
    for (Segment segment : copied) {
      byPartition
          .computeIfAbsent(segment.partition(), p -> new TreeMap<>())
          .merge(segment.startOffset(), segment.endOffset(), Math::max);
    }
    List<String> gaps = new ArrayList<>();
    byPartition.forEach(
        (partition, ranges) -> {
          long reached = -1;
          for (Map.Entry<Long, Long> range : ranges.entrySet()) {
            if (reached >= 0 && range.getKey() > reached + 1) {
              gaps.add(
                  "partition "
                      + partition
                      + " offsets "
                      + (reached + 1)
                      + "-"
                      + (range.getKey() - 1));
            }
            reached = Math.max(reached, range.getValue());
          }
        });
    return gaps;
  }

  /** True when no copied segment is stored twice, missing, or separated from the next by a gap. */
  public boolean consistent() {
    return duplicates.isEmpty() && missing.isEmpty() && gaps.isEmpty() && notDeleted.isEmpty();
  }

  private static String describe(Segment segment) {
    return "segment "
        + segment.id()
        + " of partition "
        + segment.partition()
        + " (offsets "
        + segment.startOffset()
        + "-"
        + segment.endOffset()
        + ")";
  }
}
