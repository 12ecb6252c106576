package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.segment.SegmentStoreContractTest.CountingListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader going through a partition asks for each next segment in turn; the LIST that finds one
 * shows the segments after it too, so a partition is listed once per page, not once per segment.
 */
class NextSegmentsTest {
  private static final SegmentKeys KEYS = new SegmentKeys("tiered", false);
  private static final int SEGMENTS = 10;
  private static final long STEP = 100;

  @TempDir Path root;
  private final CountingListener events = new CountingListener();
  private final List<SegmentCoordinates> started = new ArrayList<>();
  private SupportsListing store;
  private final AtomicLong nanos = new AtomicLong();

  @BeforeEach
  void writeSegments() throws IOException {
    store = (SupportsListing) FileSystemObjectStore.create(FileSystemStoreSettings.of(root));
    for (int i = 0; i < SEGMENTS; i++) {
      write(segment(i, "s" + i));
    }
  }

  @Test
  void aSequentialReader_listsOncePerPage_andFindsEverySegment() {
    NextSegments next = nextSegments(NextSegments.KEYS_PER_LIST);
    walkThroughThePartition(next);
    assertThat(started).containsExactlyElementsOf(expectedAfterTheFirst());
    assertThat(events.lists.get()).as("ten segments fit one page").isEqualTo(1);
  }

  @Test
  void aPageThatEndsInsideASegmentsKeys_leavesThatSegmentForTheNextList() {
    // Seven keys: two whole segments of three objects, and one key of the third.
    NextSegments next = nextSegments(7);
    walkThroughThePartition(next);
    assertThat(started).containsExactlyElementsOf(expectedAfterTheFirst());
    assertThat(events.lists.get()).as("segments 1-2, 3-4, 5-6, 7-8, 9").isEqualTo(5);
  }

  @Test
  void twoManifestsAtOneOffset_areNotGuessedBetween_andTheRestIsStillFound() throws IOException {
    write(segment(4, "s4-retried"));
    NextSegments next = nextSegments(NextSegments.KEYS_PER_LIST);
    walkThroughThePartition(next);
    List<SegmentCoordinates> expected = new ArrayList<>(expectedAfterTheFirst());
    expected.remove(segment(4, "s4"));
    assertThat(started).containsExactlyElementsOf(expected);
  }

  @Test
  void aSegmentUploadedAfterTheListing_isFoundByAnotherList() throws IOException {
    NextSegments next = nextSegments(NextSegments.KEYS_PER_LIST);
    walkThroughThePartition(next);
    write(segment(SEGMENTS, "late"));
    next.followOn(segment(SEGMENTS - 1, "s9"), SEGMENTS * STEP, 1);
    assertThat(started).endsWith(segment(SEGMENTS, "late"));
    assertThat(events.lists.get()).isEqualTo(2);
  }

  @Test
  void aPartitionsEnd_isListedOnceWhileThatAnswerHolds_thenAgain() {
    NextSegments next = nextSegments(NextSegments.KEYS_PER_LIST);
    walkThroughThePartition(next);
    for (int fetch = 0; fetch < 5; fetch++) {
      next.followOn(segment(SEGMENTS - 1, "s9"), SEGMENTS * STEP, 1);
    }
    assertThat(events.lists.get()).as("the walk, then the end once").isEqualTo(2);
    nanos.addAndGet(NextSegments.ABSENT_FOR.toNanos());
    next.followOn(segment(SEGMENTS - 1, "s9"), SEGMENTS * STEP, 1);
    assertThat(events.lists.get()).isEqualTo(3);
  }

  @Test
  void aSegmentThisStoreUploads_endsTheAnswerThatItWasNotThere() throws IOException {
    NextSegments next = nextSegments(NextSegments.KEYS_PER_LIST);
    next.followOn(segment(SEGMENTS - 1, "s9"), SEGMENTS * STEP, 1);
    write(segment(SEGMENTS, "late"));
    next.followOn(segment(SEGMENTS - 1, "s9"), SEGMENTS * STEP, 1);
    assertThat(started).as("not there a moment ago").isEmpty();
    next.uploaded(segment(SEGMENTS, "late"));
    next.followOn(segment(SEGMENTS - 1, "s9"), SEGMENTS * STEP, 1);
    assertThat(started).containsExactly(segment(SEGMENTS, "late"));
    assertThat(events.lists.get()).isEqualTo(2);
  }

  @Test
  void segmentsSmallerThanTheReadAhead_areStartedAsManyAsCoverIt_thenOneMorePerSegment() {
    NextSegments next = nextSegments(NextSegments.KEYS_PER_LIST);
    // The fixture's logs are one byte each: a read-ahead of three bytes covers three segments.
    next.followOn(segment(0, "s0"), STEP, 3);
    assertThat(started).containsExactly(segment(1, "s1"), segment(2, "s2"), segment(3, "s3"));
    next.followOn(segment(1, "s1"), 2 * STEP, 3);
    assertThat(started).endsWith(segment(3, "s3"), segment(4, "s4")).hasSize(4);
    next.followOn(segment(1, "s1"), 2 * STEP, 3);
    assertThat(started).as("started already").hasSize(4);
    next.followOn(segment(7, "s7"), 8 * STEP, 3);
    assertThat(started).as("the partition ends").endsWith(segment(8, "s8"), segment(9, "s9"));
    assertThat(events.lists.get()).isEqualTo(1);
  }

  @Test
  void tinySegments_areStartedNoMoreThanTheLimitAhead() throws IOException {
    for (int i = SEGMENTS; i < 3 * NextSegments.MAX_SEGMENTS_AHEAD; i++) {
      write(segment(i, "s" + i));
    }
    NextSegments next = nextSegments(NextSegments.KEYS_PER_LIST);
    next.followOn(segment(0, "s0"), STEP, Long.MAX_VALUE);
    assertThat(started).hasSize(NextSegments.MAX_SEGMENTS_AHEAD);
  }

  private NextSegments nextSegments(int keysPerList) {
    return new NextSegments(
        store,
        new Requests((ObjectStore) store, events),
        KEYS,
        Runnable::run,
        started::contains,
        started::add,
        keysPerList,
        nanos::get);
  }

  private void walkThroughThePartition(NextSegments next) {
    for (int i = 0; i < SEGMENTS - 1; i++) {
      next.followOn(segment(i, "s" + i), (i + 1) * STEP, 1);
    }
  }

  private static List<SegmentCoordinates> expectedAfterTheFirst() {
    List<SegmentCoordinates> expected = new ArrayList<>();
    for (int i = 1; i < SEGMENTS; i++) {
      expected.add(segment(i, "s" + i));
    }
    return expected;
  }

  private static SegmentCoordinates segment(int index, String id) {
    return new SegmentCoordinates("orders", "q7Zk2Y", 3, index * STEP, id);
  }

  private void write(SegmentCoordinates segment) throws IOException {
    for (var key : List.of(KEYS.log(segment), KEYS.indexes(segment), KEYS.manifest(segment))) {
      Path file = root.resolve(key.value());
      Files.createDirectories(file.getParent());
      Files.write(file, new byte[] {1});
    }
  }
}
