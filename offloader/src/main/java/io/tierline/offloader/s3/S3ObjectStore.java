package io.tierline.offloader.s3;

import io.tierline.offloader.ByteRange;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.Retrier;
import io.tierline.offloader.RetryListener;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.SupportsReadFully;
import io.tierline.offloader.SupportsStorageClass;
import io.tierline.offloader.UploadStreams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An {@link ObjectStore} on S3 through the AWS SDK v2's plain synchronous client. Objects of at
 * least one part are uploaded as multipart uploads with a bounded number of parts in flight; every
 * PUT carries a CRC32C that the server checks. The SDK's own retries are off: {@link Retrier}
 * retries what {@link S3Errors} classifies as retriable.
 */
public final class S3ObjectStore
    implements ObjectStore, SupportsReadFully, SupportsListing, SupportsStorageClass {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final Comparator<StoredObject> BY_KEY = Comparator.comparing(o -> o.key().value());

  /** S3 answers a LIST with at most this many keys. */
  private static final int MAX_KEYS_PER_LIST = 1000;

  private final S3Client client;
  private final S3StoreSettings settings;
  private final Retrier retrier;
  private final ExecutorService partUploads;
  private final PendingAborts pendingAborts;

  private S3ObjectStore(S3Client client, S3StoreSettings settings, RetryListener retries) {
    this.client = client;
    this.settings = settings;
    this.retrier = new Retrier(settings.retryPolicy(), retries);
    this.partUploads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "tierline-s3-part-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.pendingAborts = new PendingAborts(this);
  }

  /** Builds the client that {@code settings} describe; no request is sent yet. */
  public static ObjectStore create(S3StoreSettings settings) {
    return create(settings, RetryListener.NONE);
  }

  /** As {@link #create(S3StoreSettings)}, telling {@code retries} of every failed attempt. */
  public static ObjectStore create(S3StoreSettings settings, RetryListener retries) {
    return new S3ObjectStore(buildClient(settings, List.of()), settings, retries);
  }

  /** As {@link #create(S3StoreSettings)}, with interceptors that see every request: for tests. */
  static ObjectStore create(S3StoreSettings settings, List<ExecutionInterceptor> interceptors) {
    return new S3ObjectStore(buildClient(settings, interceptors), settings, RetryListener.NONE);
  }

  // The Apache 4 client is deprecated in favour of Apache 5 in recent SDKs, but it is the one this
  // project has run against S3-compatible servers; move once Apache 5 is tested the same way.
  @SuppressWarnings("deprecation")
  private static S3Client buildClient(
      S3StoreSettings settings, List<ExecutionInterceptor> interceptors) {
    AwsCredentialsProvider credentials =
        settings
            .credentials()
            .<AwsCredentialsProvider>map(
                c ->
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(c.accessKeyId(), c.secretAccessKey())))
            .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyle())
            .credentialsProvider(credentials)
            .httpClientBuilder(
                ApacheHttpClient.builder()
                    .maxConnections(Math.max(64, settings.maxPartsInFlight() * 8))
                    .connectionTimeout(Duration.ofSeconds(10)))
            // Checksums are ours: a CRC32C on every PUT, and per-chunk CRCs checked by readers.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .overrideConfiguration(
                o ->
                    o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(settings.apiCallTimeout())
                        .executionInterceptors(interceptors));
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Override
  public long upload(ObjectKey key, InputStream data) {
    return upload(key, data, StorageClass.STANDARD);
  }

  @Override
  public long upload(ObjectKey key, InputStream data, StorageClass storageClass) {
    pendingAborts.retry();
    String sdkClass = sdkName(storageClass);
    byte[] first = UploadStreams.read(key, data, settings.partSizeBytes());
    if (first.length < settings.partSizeBytes()) {
      String crc = Crc32c.base64(first, first.length);
      call(
          "PUT",
          key,
          () ->
              client.putObject(
                  b ->
                      b.bucket(settings.bucket())
                          .key(key.value())
                          .checksumCRC32C(crc)
                          .storageClass(sdkClass),
                  RequestBody.fromContentProvider(
                      () -> new ByteArrayInputStream(first),
                      first.length,
                      "application/octet-stream")));
      return first.length;
    }
    return new S3MultipartUpload(this, key, data, first, sdkClass).run();
  }

  /**
   * The class as the request names it; none for STANDARD, which S3 applies to an object stored
   * without one, as S3-compatible servers without classes do.
   */
  private static String sdkName(StorageClass storageClass) {
    return storageClass == StorageClass.STANDARD ? null : storageClass.name();
  }

  @Override
  public InputStream fetch(ObjectKey key, ByteRange range) {
    return call(
        "GET",
        key,
        () ->
            client.getObject(
                b -> b.bucket(settings.bucket()).key(key.value()).range(header(range))));
  }

  @Override
  public byte[] readFully(ObjectKey key, ByteRange range) {
    return call(
        "GET",
        key,
        () -> {
          try (ResponseInputStream<GetObjectResponse> in =
              client.getObject(
                  b -> b.bucket(settings.bucket()).key(key.value()).range(header(range)))) {
            Long length = in.response().contentLength();
            if (length == null) {
              return in.readAllBytes();
            }
            byte[] body = new byte[Math.toIntExact(length)];
            int n = in.readNBytes(body, 0, body.length);
            return n == body.length ? body : Arrays.copyOf(body, n);
          } catch (IOException e) {
            throw new StoreUnavailableException(
                "GET s3://" + settings.bucket() + "/" + key + ": the body broke off: " + e, e);
          }
        });
  }

  private static String header(ByteRange range) {
    return "bytes=" + range.first() + "-" + range.last();
  }

  @Override
  public InputStream fetch(ObjectKey key) {
    return call(
        "GET", key, () -> client.getObject(b -> b.bucket(settings.bucket()).key(key.value())));
  }

  @Override
  public void delete(ObjectKey key) {
    call(
        "DELETE",
        key,
        () -> client.deleteObject(b -> b.bucket(settings.bucket()).key(key.value())));
  }

  @Override
  public List<StoredObject> listObjects(String prefix) {
    return call(
        "LIST",
        null,
        () ->
            client
                .listObjectsV2Paginator(b -> b.bucket(settings.bucket()).prefix(prefix))
                .contents()
                .stream()
                .map(o -> new StoredObject(ObjectKey.of(o.key()), o.size()))
                .sorted(BY_KEY)
                .toList());
  }

  @Override
  public List<StoredObject> listObjectsAfter(String prefix, String startAfter, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    return call(
        "LIST",
        null,
        () ->
            client
                .listObjectsV2(
                    b ->
                        b.bucket(settings.bucket())
                            .prefix(prefix)
                            .startAfter(startAfter)
                            .maxKeys(Math.min(limit, MAX_KEYS_PER_LIST)))
                .contents()
                .stream()
                .map(o -> new StoredObject(ObjectKey.of(o.key()), o.size()))
                .sorted(BY_KEY)
                .toList());
  }

  @Override
  public void close() {
    try {
      pendingAborts.retry();
    } finally {
      partUploads.shutdownNow();
      client.close();
    }
  }

  /** Runs one SDK call under the retry policy, translating its errors. */
  <T> T call(String operation, ObjectKey key, Supplier<T> sdkCall) {
    return retrier.call(
        operation,
        key,
        () -> {
          try {
            return sdkCall.get();
          } catch (SdkException e) {
            throw S3Errors.translate(operation, settings.bucket(), key, e);
          }
        });
  }

  S3Client client() {
    return client;
  }

  S3StoreSettings settings() {
    return settings;
  }

  ExecutorService partUploads() {
    return partUploads;
  }

  PendingAborts pendingAborts() {
    return pendingAborts;
  }
}
