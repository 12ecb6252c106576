package io.tierline.offloader.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentSource;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.SegmentStoreSettings;
import io.tierline.offloader.segment.SegmentStores;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.SegmentManifest;
import io.tierline.offloader.testing.S3Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * With compression, chunks are of any size; each multipart part still holds whole chunks, and every
 * part but the last reaches the part size.
 */
class ChunkAlignedPartsIT {
  private static final int CHUNK = 1 << 20;

  @TempDir Path dir;

  @Test
  void compressedChunksOfEverySize_areNeverSplitBetweenParts() throws Exception {
    Map<Integer, Long> partSizes = new TreeMap<>();
    ExecutionInterceptor recordParts =
        new ExecutionInterceptor() {
          @Override
          public void beforeTransmission(
              Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (context.request() instanceof UploadPartRequest part) {
              synchronized (partSizes) {
                partSizes.put(
                    part.partNumber(),
                    context
                        .requestBody()
                        .flatMap(RequestBody::optionalContentLength)
                        .orElseThrow());
              }
            }
          }
        };
    byte[] data = partlyCompressible(24 * CHUNK + 12_345);
    Path log = Files.write(dir.resolve("segment.log"), data);
    try (InProcessS3Server s3 =
        InProcessS3Server.start(Files.createDirectories(dir.resolve("s3")))) {
      s3.createBucket(S3Fixtures.BUCKET);
      ObjectStore objects =
          S3ObjectStore.create(S3Fixtures.s3Settings(s3.endpoint()), List.of(recordParts));
      SegmentStoreSettings settings =
          SegmentStoreSettings.defaults()
              .withChunkSizeBytes(CHUNK)
              .withCompression(Compression.ZSTD);
      try (SegmentStore segments = SegmentStores.create(objects, settings)) {
        SegmentCoordinates segment = new SegmentCoordinates("t", "id", 0, 0, "aligned");
        SegmentManifest manifest = segments.upload(segment, new SegmentSource(log, Map.of()));
        try (InputStream in = segments.openLog(segment, 0)) {
          assertThat(in.readAllBytes()).isEqualTo(data);
        }

        TreeSet<Long> chunkEnds = new TreeSet<>();
        manifest.chunks().forEach(c -> chunkEnds.add(c.storedOffset() + c.storedLength()));
        assertThat(manifest.chunks().stream().map(SegmentManifest.Chunk::storedLength).distinct())
            .as("chunks of many sizes")
            .hasSizeGreaterThan(5);
        assertThat(partSizes).hasSizeGreaterThan(2);
        long end = 0;
        int last = partSizes.size();
        for (Map.Entry<Integer, Long> part : partSizes.entrySet()) {
          end += part.getValue();
          assertThat(chunkEnds).as("part %d ends at a chunk boundary", part.getKey()).contains(end);
          if (part.getKey() < last) {
            assertThat(part.getValue())
                .as("part %d", part.getKey())
                .isGreaterThanOrEqualTo((long) S3Fixtures.PART_SIZE);
          }
        }
        assertThat(end).isEqualTo(manifest.storedSize());
      }
    }
  }

  /** Each chunk-sized stretch a different mix of random and repeated bytes. */
  private static byte[] partlyCompressible(int size) {
    SplittableRandom random = new SplittableRandom(7);
    byte[] bytes = new byte[size];
    for (int start = 0; start < size; start += CHUNK) {
      double randomShare = random.nextDouble();
      for (int i = start; i < Math.min(size, start + CHUNK); i++) {
        bytes[i] = random.nextDouble() < randomShare ? (byte) random.nextInt() : (byte) 'k';
      }
    }
    return bytes;
  }
}
