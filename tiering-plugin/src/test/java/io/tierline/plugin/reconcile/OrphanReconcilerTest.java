package io.tierline.plugin.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.segment.IndexSource;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentObjectName;
import io.tierline.offloader.segment.SegmentSource;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.SegmentStoreSettings;
import io.tierline.offloader.segment.SegmentStores;
import io.tierline.offloader.segment.format.IndexType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicIdPartition;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentId;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadataUpdate;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bucket holding a live segment beside what a killed upload, a half-failed delete, a copy the
 * broker gave up on and an upload in progress leave, reconciled against the metadata that the
 * brokers would hold for them: the dry run reports exactly the leftovers, the delete removes them
 * and nothing else, and a second run reports none.
 */
class OrphanReconcilerTest {
  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  private static final Duration GRACE = Duration.ofHours(1);
  private static final long LONG_AGO = NOW.minus(Duration.ofHours(3)).toEpochMilli();
  private static final TopicIdPartition PARTITION =
      new TopicIdPartition(Uuid.randomUuid(), new TopicPartition("orders", 0));

  @TempDir Path dir;

  private ObjectStore objects;
  private final SegmentStates states = new SegmentStates();

  private SegmentCoordinates upload(SegmentStore store, Uuid id, long base) throws Exception {
    SegmentCoordinates s =
        new SegmentCoordinates(
            PARTITION.topic(), PARTITION.topicId().toString(), 0, base, id.toString());
    Path log = Files.write(dir.resolve(id + ".log"), new byte[3000 + (int) base]);
    store.upload(
        s,
        new SegmentSource(
            log, Map.of(IndexType.OFFSET, IndexSource.bytes(ByteBuffer.wrap(new byte[] {1})))));
    return s;
  }

  private void event(Uuid id, long base, RemoteLogSegmentState state, long atMs) {
    RemoteLogSegmentId segment = new RemoteLogSegmentId(PARTITION, id);
    if (state == RemoteLogSegmentState.COPY_SEGMENT_STARTED) {
      states.apply(
          new RemoteLogSegmentMetadata(
              segment, base, base + 9, atMs, 1, atMs, 3000, Map.of(0, base)));
    } else {
      states.apply(new RemoteLogSegmentMetadataUpdate(segment, atMs, Optional.empty(), state, 1));
    }
  }

  private List<StoredObject> listing() {
    return ((SupportsListing) objects).listObjects("");
  }

  private long size(String suffix, Uuid id) {
    return listing().stream()
        .filter(o -> o.key().value().contains(id.toString()) && o.key().value().endsWith(suffix))
        .mapToLong(StoredObject::sizeBytes)
        .sum();
  }

  private void remove(Uuid id, SegmentObjectName.Kind... kinds) {
    for (StoredObject o : listing()) {
      SegmentObjectName.parse(o.key())
          .filter(n -> n.segmentId().equals(id.toString()) && List.of(kinds).contains(n.kind()))
          .ifPresent(n -> objects.delete(o.key()));
    }
  }

  @Test
  void reconcile_reportsExactlyTheLeftovers_deletesOnlyThem_andThenFindsNone() throws Exception {
    objects = FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("bucket")));
    Uuid live = Uuid.randomUuid();
    Uuid killed = Uuid.randomUuid(); // kill -9 mid-upload: the log is up, nothing after it
    Uuid retried = Uuid.randomUuid(); // a copy that failed whole, retried under a new id
    Uuid halfDeleted = Uuid.randomUuid(); // delete started, manifest gone, the rest refused
    Uuid uploading = Uuid.randomUuid(); // copy started a minute ago: never touched
    Uuid unknown = Uuid.randomUuid(); // objects no metadata names at all
    Uuid lost = Uuid.randomUuid(); // metadata says copied, its manifest is gone
    // Copied while the listing was taken: its manifest came after the listing passed its key.
    Uuid justCopied = Uuid.randomUuid();
    try (SegmentStore store =
        SegmentStores.create(
            FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("bucket"))),
            SegmentStoreSettings.defaults().withChunkSizeBytes(1024))) {
      List<Uuid> ids = List.of(live, killed, retried, halfDeleted, uploading, unknown, lost);
      for (Uuid id : ids) {
        upload(store, id, ids.indexOf(id) * 10L);
      }
      upload(store, justCopied, 70);
    }
    remove(killed, SegmentObjectName.Kind.INDEXES, SegmentObjectName.Kind.MANIFEST);
    remove(halfDeleted, SegmentObjectName.Kind.MANIFEST);
    remove(lost, SegmentObjectName.Kind.MANIFEST);
    remove(justCopied, SegmentObjectName.Kind.MANIFEST);
    objects.upload(
        ObjectKey.of("README-by-another-tool.txt"), new ByteArrayInputStream(new byte[7]));
    event(live, 0, RemoteLogSegmentState.COPY_SEGMENT_STARTED, LONG_AGO);
    event(live, 0, RemoteLogSegmentState.COPY_SEGMENT_FINISHED, LONG_AGO);
    event(killed, 10, RemoteLogSegmentState.COPY_SEGMENT_STARTED, LONG_AGO);
    event(retried, 20, RemoteLogSegmentState.COPY_SEGMENT_STARTED, LONG_AGO);
    event(retried, 20, RemoteLogSegmentState.DELETE_SEGMENT_FINISHED, LONG_AGO);
    event(halfDeleted, 30, RemoteLogSegmentState.COPY_SEGMENT_STARTED, LONG_AGO);
    event(halfDeleted, 30, RemoteLogSegmentState.COPY_SEGMENT_FINISHED, LONG_AGO);
    event(halfDeleted, 30, RemoteLogSegmentState.DELETE_SEGMENT_STARTED, LONG_AGO);
    long aMinuteAgo = NOW.minus(Duration.ofMinutes(1)).toEpochMilli();
    // The broker retries the delete, and records its start again: still a delete of long ago.
    event(halfDeleted, 30, RemoteLogSegmentState.DELETE_SEGMENT_STARTED, aMinuteAgo);
    event(uploading, 40, RemoteLogSegmentState.COPY_SEGMENT_STARTED, aMinuteAgo);
    event(lost, 60, RemoteLogSegmentState.COPY_SEGMENT_STARTED, LONG_AGO);
    event(lost, 60, RemoteLogSegmentState.COPY_SEGMENT_FINISHED, LONG_AGO);
    event(justCopied, 70, RemoteLogSegmentState.COPY_SEGMENT_STARTED, aMinuteAgo);
    event(justCopied, 70, RemoteLogSegmentState.COPY_SEGMENT_FINISHED, NOW.toEpochMilli());
    long expectedBytes =
        size(".log", killed) + size("", retried) + size("", halfDeleted) + size("", unknown);

    Reconciliation dry = OrphanReconciler.reconcile("", listing(), states, NOW, GRACE);

    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.orphanTotals())
        .isEqualTo(new Reconciliation.Totals(1 + 3 + 2 + 3, expectedBytes));
    assertThat(dry.orphansByReason())
        .containsOnlyKeys(
            "copy-not-finished", "segment-deleted", "delete-not-finished", "no-metadata");
    assertThat(dry.orphansByReason().get("copy-not-finished").objects()).isEqualTo(1);
    assertThat(dry.inProgress().objects()).isEqualTo(3);
    assertThat(dry.unrecognized()).containsExactly("README-by-another-tool.txt");
    assertThat(dry.missing())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.segmentId()).isEqualTo(lost.toString());
              assertThat(m.objects()).containsExactly("manifest");
            });
    assertThat(dry.listed().objects()).isEqualTo(listing().size());
    String json = ReconciliationJson.write(dry);
    assertThat(json)
        .contains("\"dryRun\": true")
        .contains("\"orphans\": {\"objects\": 9, \"bytes\": " + expectedBytes + ",")
        .contains("\"missing\": {\"segments\": 1");

    Reconciliation deleted = OrphanReconciler.delete(dry, objects);

    assertThat(deleted.deleted()).isEqualTo(dry.orphanTotals());
    assertThat(size("", live)).as("the live segment").isPositive();
    assertThat(listing().stream().filter(o -> o.key().value().contains(live.toString())))
        .hasSize(3);
    assertThat(size("", uploading)).as("the upload in progress").isPositive();
    try (SegmentStore store =
            SegmentStores.create(
                FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("bucket"))),
                SegmentStoreSettings.defaults().withChunkSizeBytes(1024));
        InputStream in =
            store.openLog(
                new SegmentCoordinates(
                    PARTITION.topic(), PARTITION.topicId().toString(), 0, 0, live.toString()),
                0)) {
      assertThat(in.readAllBytes()).hasSize(3000);
    }

    Reconciliation again = OrphanReconciler.reconcile("", listing(), states, NOW, GRACE);
    assertThat(again.orphanTotals()).isEqualTo(Reconciliation.Totals.NONE);
    objects.close();
  }
}
