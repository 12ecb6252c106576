package io.tierline.plugin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.kafka.common.TopicIdPartition;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.server.log.remote.storage.LogSegmentData;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentId;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata;
import org.apache.kafka.server.log.remote.storage.RemoteStorageManager.IndexType;

/**
 * A closed segment on disk as a broker hands it to the plugin: a log file of random bytes and one
 * file (or buffer) per index, each with distinct content, described by Kafka's own classes.
 */
record SegmentFixture(
    RemoteLogSegmentMetadata metadata,
    LogSegmentData data,
    byte[] log,
    Map<IndexType, byte[]> indexes) {

  static final TopicIdPartition PARTITION =
      new TopicIdPartition(Uuid.randomUuid(), new TopicPartition("orders", 3));

  /** A segment of {@code size} bytes at {@code baseOffset}, with or without a transaction index. */
  static SegmentFixture create(Path dir, long baseOffset, int size, boolean transactionIndex)
      throws IOException {
    Random random = new Random(baseOffset * 31 + size);
    byte[] log = bytes(random, size);
    Map<IndexType, byte[]> indexes = new java.util.EnumMap<>(IndexType.class);
    indexes.put(IndexType.OFFSET, bytes(random, 4096));
    indexes.put(IndexType.TIMESTAMP, bytes(random, 6144));
    indexes.put(IndexType.PRODUCER_SNAPSHOT, bytes(random, 300));
    indexes.put(IndexType.LEADER_EPOCH, bytes(random, 40));
    if (transactionIndex) {
      indexes.put(IndexType.TRANSACTION, bytes(random, 1200));
    }
    Path base =
        Files.createDirectories(dir.resolve("segment-" + baseOffset + "-" + random.nextInt(1000)));
    String name = String.format("%020d", baseOffset);
    LogSegmentData data =
        new LogSegmentData(
            write(base.resolve(name + ".log"), log),
            write(base.resolve(name + ".index"), indexes.get(IndexType.OFFSET)),
            write(base.resolve(name + ".timeindex"), indexes.get(IndexType.TIMESTAMP)),
            transactionIndex
                ? Optional.of(
                    write(base.resolve(name + ".txnindex"), indexes.get(IndexType.TRANSACTION)))
                : Optional.empty(),
            write(base.resolve(name + ".snapshot"), indexes.get(IndexType.PRODUCER_SNAPSHOT)),
            ByteBuffer.wrap(indexes.get(IndexType.LEADER_EPOCH)));
    return new SegmentFixture(metadata(baseOffset, size), data, log, indexes);
  }

  /** The same segment, as the broker describes a new upload attempt: a fresh segment id. */
  SegmentFixture retried() {
    return new SegmentFixture(metadata(metadata.startOffset(), log.length), data, log, indexes);
  }

  /** The same attempt, with its files replaced by {@code other}'s. */
  SegmentFixture withData(LogSegmentData other) {
    return new SegmentFixture(metadata, other, log, indexes);
  }

  private static RemoteLogSegmentMetadata metadata(long baseOffset, int size) {
    return new RemoteLogSegmentMetadata(
        RemoteLogSegmentId.generateNew(PARTITION),
        baseOffset,
        baseOffset + 99,
        System.currentTimeMillis(),
        1,
        System.currentTimeMillis(),
        size,
        Map.of(0, baseOffset));
  }

  private static byte[] bytes(Random random, int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  private static Path write(Path file, byte[] content) throws IOException {
    return Files.write(file, content);
  }
}
