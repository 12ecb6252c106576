package io.tierline.offloader.bench;

import io.tierline.offloader.testing.RandomData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * What an application would write with the AWS SDK alone: a multipart upload with the same part
 * size and parts in flight as the offloader, and ranged GETs of one part each.
 */
final class PlainSdkBaseline {
  private final S3Client s3;
  private final String bucket;
  private final int partSize;
  private final int inFlight;
  private final ExecutorService pool;

  PlainSdkBaseline(S3Client s3, String bucket, int partSize, int inFlight, ExecutorService pool) {
    this.s3 = s3;
    this.bucket = bucket;
    this.partSize = partSize;
    this.inFlight = inFlight;
    this.pool = pool;
  }

  void upload(String key, Path file) throws Exception {
    String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
    Semaphore slots = new Semaphore(inFlight);
    List<Future<CompletedPart>> parts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      for (int number = 1; ; number++) {
        slots.acquire();
        byte[] part = in.readNBytes(partSize);
        if (part.length == 0) {
          slots.release();
          break;
        }
        int n = number;
        parts.add(
            pool.submit(
                () -> {
                  try {
                    String etag =
                        s3.uploadPart(
                                b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(n),
                                RequestBody.fromBytes(part))
                            .eTag();
                    return CompletedPart.builder().partNumber(n).eTag(etag).build();
                  } finally {
                    slots.release();
                  }
                }));
      }
    }
    List<CompletedPart> done = new ArrayList<>();
    for (Future<CompletedPart> p : parts) {
      done.add(p.get());
    }
    done.sort(Comparator.comparingInt(CompletedPart::partNumber));
    s3.completeMultipartUpload(
        b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(done)));
  }

  RandomData.Digest readSequentially(String key, long size) throws IOException {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    long read = 0;
    for (long first = 0; first < size; first += partSize) {
      long last = Math.min(size, first + partSize) - 1;
      String range = "bytes=" + first + "-" + last;
      byte[] bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).range(range)).asByteArray();
      crc.update(bytes);
      read += bytes.length;
    }
    return new RandomData.Digest(read, crc.getValue());
  }

  byte[] readRange(String key, long first, int length) {
    String range = "bytes=" + first + "-" + (first + length - 1);
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).range(range)).asByteArray();
  }
}
