package io.tierline.offloader.segment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.SupportsListing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Finds the segment that follows another in its partition, for a reader near the end of one: the
 * broker asks for the next segment only once it has read this one to the end, and would otherwise
 * wait for its manifest, its indexes and its first chunks in turn. The segment is found with a LIST
 * of the partition's keys from its base offset on, which also shows the hundreds of segments after
 * it: all are remembered, so a reader going through a partition LISTs once per page of segments
 * rather than once per segment. Segments smaller than a reader's prefetch are started as many at
 * once as cover it (their log objects' sizes come with the LIST): with 1 MiB segments, each broker
 * fetch of a partition reads one segment, and the next one's start would arrive too late if asked
 * for only when the one before is read. This needs a store that can list. A store that can, but
 * whose credentials may not (S3 without s3:ListBucket), is asked once: that is a permission, which
 * will not change while the store is open, and reads work without this read-ahead.
 *
 * <p>A LIST that finds no next segment is remembered for a while too: every fetch near the end of a
 * partition's last remote segment asks for the one after it, which is not in the bucket yet, and
 * sixteen partitions caught up to their last remote segments asked about 140 times in one read. A
 * segment this store uploads ends that answer for its base offset at once (the partition's leader
 * both copies segments and serves the reads); one uploaded elsewhere is found once the answer
 * expires, and until then its reader only misses the head start.
 */
final class NextSegments {
  /** Next segments remembered, so that only the first reader near a segment's end LISTs. */
  private static final int REMEMBERED = 10_000;

  /**
   * Keys asked for in one LIST, the most S3 returns in one: about 333 segments of three objects, so
   * that a reader going through a partition LISTs once for hundreds of segments.
   */
  static final int KEYS_PER_LIST = 1000;

  /** How long a LIST that found no next segment at a base offset is believed. */
  static final Duration ABSENT_FOR = Duration.ofSeconds(30);

  /** The most segments started ahead of one reader, however small they are. */
  static final int MAX_SEGMENTS_AHEAD = 16;

  /** A segment found, the size of its log object, and the key prefix of the one after, if known. */
  private record Found(SegmentCoordinates segment, long logBytes, String following) {}

  private final int keysPerList;

  private final Requests requests;
  private final SegmentKeys keys;
  private final Executor workers;
  private final Predicate<SegmentCoordinates> started;
  private final Consumer<SegmentCoordinates> start;

  /** The store's listing; null if it cannot list, or once it refused to. */
  private volatile SupportsListing listing;

  /** The segment found at each key prefix of a next segment. */
  private final Cache<String, Found> found =
      Caffeine.newBuilder()
          .maximumSize(REMEMBERED)
          .expireAfterWrite(Duration.ofMinutes(10))
          .build();

  /** Key prefixes of next segments that a LIST did not find. */
  private final Cache<String, Boolean> absent;

  /** Prefixes being listed now. */
  private final Set<String> beingListed = ConcurrentHashMap.newKeySet();

  /** Segments whose start a task is about to fetch. */
  private final Set<SegmentCoordinates> beingStarted = ConcurrentHashMap.newKeySet();

  /**
   * @param listing the store's listing, or null if it cannot list
   * @param started whether the start of a segment is fetched already, or on its way
   * @param start fetches the start of a segment
   * @param keysPerList keys asked for in one LIST, {@link #KEYS_PER_LIST} but in tests
   * @param ticker the clock of {@link #ABSENT_FOR}, the system's but in tests
   */
  NextSegments(
      SupportsListing listing,
      Requests requests,
      SegmentKeys keys,
      Executor workers,
      Predicate<SegmentCoordinates> started,
      Consumer<SegmentCoordinates> start,
      int keysPerList,
      Ticker ticker) {
    this.keysPerList = keysPerList;
    this.absent =
        Caffeine.newBuilder()
            .maximumSize(REMEMBERED)
            .expireAfterWrite(ABSENT_FOR)
            .ticker(ticker)
            .build();
    this.listing = listing;
    this.requests = requests;
    this.keys = keys;
    this.workers = workers;
    this.started = started;
    this.start = start;
  }

  /**
   * In the background, finds the segment of {@code segment}'s partition that starts at {@code
   * nextBaseOffset} and fetches its start, and that of the segments after it until their logs hold
   * {@code aheadBytes}, unless that is done or being done. Only a hint: whatever goes wrong here is
   * left for the reader to meet, if it ever reads that segment.
   */
  void followOn(SegmentCoordinates segment, long nextBaseOffset, long aheadBytes) {
    String prefix = keys.baseOffsetPrefix(segment, nextBaseOffset);
    Found known = found.getIfPresent(prefix);
    if (known != null) {
      List<SegmentCoordinates> due = notStarted(known, aheadBytes);
      if (!due.isEmpty()) {
        run(() -> due.forEach(start), () -> beingStarted.removeAll(due));
      }
      return; // or fetched ahead already, by an earlier reader near the end
    }
    if (listing == null || absent.getIfPresent(prefix) != null || !beingListed.add(prefix)) {
      return; // not in the bucket a moment ago, or being listed
    }
    run(
        () -> {
          Found next = find(segment, nextBaseOffset, prefix);
          if (next != null) {
            List<SegmentCoordinates> due = notStarted(next, aheadBytes);
            try {
              due.forEach(start);
            } finally {
              beingStarted.removeAll(due);
            }
          }
        },
        () -> beingListed.remove(prefix));
  }

  /** This store uploaded {@code segment}: a reader near the end of the one before may find it. */
  void uploaded(SegmentCoordinates segment) {
    absent.invalidate(keys.baseOffsetPrefix(segment, segment.baseOffset()));
  }

  /**
   * Runs {@code task} on a worker, then {@code after}; only {@code after} if the workers are
   * closed.
   */
  private void run(Runnable task, Runnable after) {
    try {
      workers.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException hintOnly) {
              // The reader of the next segment fetches it itself and meets the error, if any.
            } finally {
              after.run();
            }
          });
    } catch (RejectedExecutionException closed) {
      after.run();
    }
  }

  /**
   * From {@code first} on, the segments known to follow each other whose start is neither fetched
   * nor being fetched, until their logs hold {@code aheadBytes}; each is marked as being started.
   */
  private List<SegmentCoordinates> notStarted(Found first, long aheadBytes) {
    List<SegmentCoordinates> due = new ArrayList<>();
    long bytes = 0;
    Found next = first;
    for (int n = 0; next != null && n < MAX_SEGMENTS_AHEAD; n++) {
      if (!started.test(next.segment()) && beingStarted.add(next.segment())) {
        due.add(next.segment());
      }
      bytes += next.logBytes();
      if (bytes >= aheadBytes || next.following() == null) {
        break;
      }
      next = found.getIfPresent(next.following());
    }
    return due;
  }

  private Found find(SegmentCoordinates segment, long baseOffset, String prefix) {
    SupportsListing store = listing;
    if (store == null) {
      return null; // refused while this task waited
    }
    String partition = keys.partitionPrefix(segment);
    List<StoredObject> page;
    try {
      page = requests.listAfter(store, segment, partition, prefix, keysPerList);
    } catch (StoreUnavailableException transientFailure) {
      return null; // the next reader near the end tries again
    } catch (ObjectStoreException refused) {
      listing = null; // the listener has counted the error, once
      return null;
    }
    rememberAll(segment, partition, page);
    Found next = found.getIfPresent(prefix);
    if (next == null) {
      absent.put(prefix, Boolean.TRUE);
    }
    return next;
  }

  /**
   * Remembers every segment of the page that has exactly one manifest at its base offset (two are a
   * failed copy beside the real one: the reader will tell which), so that a sequential reader finds
   * the segments after the next one without another LIST. A full page may end inside a base
   * offset's keys, so that offset is left for the LIST that goes on from there.
   */
  private void rememberAll(
      SegmentCoordinates partitionOf, String partition, List<StoredObject> page) {
    String cut =
        page.size() < keysPerList
            ? null
            : SegmentKeys.baseOffsetPrefixOf(page.get(page.size() - 1).key(), partition)
                .orElse(null);
    Map<String, List<String>> manifests = new LinkedHashMap<>();
    for (StoredObject object : page) {
      SegmentKeys.baseOffsetPrefixOf(object.key(), partition)
          .filter(offsetPrefix -> !offsetPrefix.equals(cut))
          .ifPresent(
              offsetPrefix ->
                  SegmentKeys.segmentIdOfManifest(object.key(), offsetPrefix)
                      .ifPresent(
                          id ->
                              manifests
                                  .computeIfAbsent(offsetPrefix, k -> new ArrayList<>())
                                  .add(id)));
    }
    Map<String, Long> sizes = new HashMap<>();
    page.forEach(object -> sizes.put(object.key().value(), object.sizeBytes()));
    List<String> single =
        manifests.entrySet().stream()
            .filter(entry -> entry.getValue().size() == 1)
            .map(Map.Entry::getKey)
            .toList();
    for (int k = 0; k < single.size(); k++) {
      String offsetPrefix = single.get(k);
      String id = manifests.get(offsetPrefix).get(0);
      long baseOffset =
          Long.parseLong(offsetPrefix.substring(partition.length(), offsetPrefix.length() - 1));
      SegmentCoordinates segment =
          new SegmentCoordinates(
              partitionOf.topic(), partitionOf.topicId(), partitionOf.partition(), baseOffset, id);
      // The next prefix with one manifest; a doubtful one in between is skipped, like any
      // segment that failed to copy, and a reader asking for it will list again.
      String following = k + 1 < single.size() ? single.get(k + 1) : null;
      found.put(
          offsetPrefix,
          new Found(segment, sizes.getOrDefault(keys.log(segment).value(), 0L), following));
    }
  }
}
