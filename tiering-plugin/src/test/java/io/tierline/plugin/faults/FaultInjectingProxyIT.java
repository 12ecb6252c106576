package io.tierline.plugin.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.testing.S3Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The fault-injecting proxy against the in-process S3 server, with the AWS SDK's retries off so
 * that each request shows what the proxy did to it: every mode behaves as named, and between faults
 * every byte goes through unchanged.
 */
class FaultInjectingProxyIT {
  private static final String BUCKET = "proxied";
  private static final int OBJECT_BYTES = 1 << 20;

  @TempDir static Path dir;
  private static InProcessS3Server server;
  private static FaultInjectingProxy proxy;
  private static S3Client direct;
  private static S3Client proxied;
  private static S3Client impatient;
  private static byte[] object;

  @BeforeAll
  static void start() throws Exception {
    server = InProcessS3Server.start(dir);
    server.createBucket(BUCKET);
    proxy = FaultInjectingProxy.start(server.endpoint());
    direct = S3Fixtures.plainClient(server.endpoint());
    proxied = client(proxy.endpoint(), Duration.ofSeconds(60));
    impatient = client(proxy.endpoint(), Duration.ofSeconds(2));
    object = new byte[OBJECT_BYTES];
    new Random(42).nextBytes(object);
    direct.putObject(b -> b.bucket(BUCKET).key("object"), RequestBody.fromBytes(object));
  }

  @AfterAll
  static void stop() throws Exception {
    proxied.close();
    impatient.close();
    direct.close();
    proxy.close();
    server.close();
  }

  @AfterEach
  void healAndCheckPassThrough() throws Exception {
    proxy.heal();
    assertThat(proxied.getObjectAsBytes(b -> b.bucket(BUCKET).key("object")).asByteArray())
        .isEqualTo(object);
  }

  /** A client with no retries, whose attempts time out after {@code attemptTimeout}. */
  private static S3Client client(URI endpoint, Duration attemptTimeout) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .forcePathStyle(true)
        .region(Region.of(InProcessS3Server.REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    InProcessS3Server.ACCESS_KEY, InProcessS3Server.SECRET_KEY)))
        .overrideConfiguration(
            o ->
                o.retryStrategy(AwsRetryStrategy.doNotRetry())
                    .apiCallAttemptTimeout(attemptTimeout))
        .build();
  }

  @Test
  void none_forwardsPutsMultipartUploadsGetsListsAndDeletesByteForByte() {
    byte[] large = new byte[(5 << 20) + 12345];
    new Random(7).nextBytes(large);
    long before = proxy.requestsForwarded();

    proxied.putObject(b -> b.bucket(BUCKET).key("small"), RequestBody.fromBytes(object));
    String upload = proxied.createMultipartUpload(b -> b.bucket(BUCKET).key("large")).uploadId();
    List<CompletedPart> parts = new ArrayList<>();
    for (int part = 1; part <= 2; part++) {
      int from = (part - 1) * (5 << 20);
      int to = part == 1 ? 5 << 20 : large.length;
      byte[] bytes = java.util.Arrays.copyOfRange(large, from, to);
      int number = part;
      String etag =
          proxied
              .uploadPart(
                  b -> b.bucket(BUCKET).key("large").uploadId(upload).partNumber(number),
                  RequestBody.fromBytes(bytes))
              .eTag();
      parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
    }
    proxied.completeMultipartUpload(
        b -> b.bucket(BUCKET).key("large").uploadId(upload).multipartUpload(m -> m.parts(parts)));

    assertThat(direct.getObjectAsBytes(b -> b.bucket(BUCKET).key("small")).asByteArray())
        .isEqualTo(object);
    assertThat(direct.getObjectAsBytes(b -> b.bucket(BUCKET).key("large")).asByteArray())
        .isEqualTo(large);
    assertThat(
            proxied
                .getObjectAsBytes(b -> b.bucket(BUCKET).key("large").range("bytes=100-5242979"))
                .asByteArray())
        .isEqualTo(java.util.Arrays.copyOfRange(large, 100, 5242980));
    assertThat(proxied.listObjectsV2(b -> b.bucket(BUCKET)).contents())
        .extracting(o -> o.key())
        .contains("small", "large", "object");
    proxied.deleteObject(b -> b.bucket(BUCKET).key("large"));
    assertThatThrownBy(() -> direct.headObject(b -> b.bucket(BUCKET).key("large")))
        .isInstanceOf(S3Exception.class);
    // PUT, create, two parts, complete, ranged GET, LIST, DELETE.
    assertThat(proxy.requestsForwarded() - before).isEqualTo(8);
  }

  @Test
  void slowDown_answers503SlowDownWithoutReachingTheServer() throws Exception {
    proxy.inject(Fault.slowDown());
    long forwarded = proxy.requestsForwarded();

    assertThatThrownBy(() -> proxied.getObjectAsBytes(b -> b.bucket(BUCKET).key("object")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(503);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
            });
    assertThatThrownBy(
            () ->
                proxied.putObject(
                    b -> b.bucket(BUCKET).key("refused"), RequestBody.fromBytes(object)))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    assertThat(proxy.requestsForwarded()).isEqualTo(forwarded);
    assertThat(proxy.injected(Fault.Kind.SLOW_DOWN)).isGreaterThanOrEqualTo(2);
    assertThatThrownBy(() -> direct.headObject(b -> b.bucket(BUCKET).key("refused")))
        .isInstanceOf(S3Exception.class);
  }

  @Test
  void internalError_answers500InternalError() throws Exception {
    proxy.inject(Fault.internalError());

    assertThatThrownBy(
            () ->
                proxied.putObject(
                    b -> b.bucket(BUCKET).key("refused"), RequestBody.fromBytes(object)))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalError");
            });
    assertThat(proxy.injected(Fault.Kind.INTERNAL_ERROR)).isGreaterThanOrEqualTo(1);
  }

  @Test
  void resetMidBody_cutsADownloadPartWayAndAnUploadBeforeItLands() throws Exception {
    proxy.inject(Fault.resetMidBody());

    long read = 0;
    IOException failure = null;
    try (ResponseInputStream<GetObjectResponse> in =
        proxied.getObject(b -> b.bucket(BUCKET).key("object"))) {
      assertThat(in.response().contentLength()).isEqualTo(OBJECT_BYTES);
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        read += n;
      }
    } catch (IOException e) {
      failure = e;
    }
    assertThat(failure).as("reading a body cut by a reset").isNotNull();
    assertThat(read).isLessThan(OBJECT_BYTES);

    assertThatThrownBy(
            () ->
                proxied.putObject(b -> b.bucket(BUCKET).key("cut"), RequestBody.fromBytes(object)))
        .isInstanceOf(SdkClientException.class);
    assertThatThrownBy(() -> direct.headObject(b -> b.bucket(BUCKET).key("cut")))
        .isInstanceOf(S3Exception.class);
    assertThat(proxy.injected(Fault.Kind.RESET_MID_BODY)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void latency_delaysEveryRequestByAtLeastTheLatency() throws Exception {
    proxy.inject(Fault.latency(Duration.ofMillis(1500)));

    long start = System.nanoTime();
    try (InputStream in = proxied.getObject(b -> b.bucket(BUCKET).key("object"))) {
      assertThat(in.readAllBytes()).isEqualTo(object);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    assertThat(proxy.injected(Fault.Kind.LATENCY)).isEqualTo(1);
  }

  @Test
  void blackHole_acceptsAndReadsRequestsButNeverAnswers() throws Exception {
    proxy.inject(Fault.blackHole());
    long forwarded = proxy.requestsForwarded();

    assertThatThrownBy(() -> impatient.headObject(b -> b.bucket(BUCKET).key("object")))
        .isInstanceOf(ApiCallAttemptTimeoutException.class);
    assertThat(proxy.injected(Fault.Kind.BLACK_HOLE)).isEqualTo(1);
    assertThat(proxy.requestsForwarded()).isEqualTo(forwarded);
  }

  @Test
  void down_refusesConnectionsUntilHealed() throws Exception {
    proxy.inject(Fault.down());

    // A connection the client kept from before is reset; a new one is refused.
    assertThatThrownBy(() -> proxied.headObject(b -> b.bucket(BUCKET).key("object")))
        .isInstanceOf(SdkClientException.class);
    try (S3Client fresh = client(proxy.endpoint(), Duration.ofSeconds(60))) {
      assertThatThrownBy(() -> fresh.headObject(b -> b.bucket(BUCKET).key("object")))
          .isInstanceOf(SdkClientException.class)
          .hasRootCauseInstanceOf(ConnectException.class);
    }
    proxy.heal();
    assertThat(proxied.headObject(b -> b.bucket(BUCKET).key("object")).contentLength())
        .isEqualTo(OBJECT_BYTES);
  }

  @Test
  void failedDeletes_failOnlyDeletesOfMatchingKeys() throws Exception {
    for (String key : List.of("segment/1.log", "segment/1.manifest")) {
      direct.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(object));
    }
    proxy.inject(Fault.failedDeletes(Pattern.compile("segment/.*\\.log")));

    assertThat(proxied.getObjectAsBytes(b -> b.bucket(BUCKET).key("segment/1.log")).asByteArray())
        .isEqualTo(object);
    assertThatThrownBy(() -> proxied.deleteObject(b -> b.bucket(BUCKET).key("segment/1.log")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalError");
            });
    proxied.deleteObject(b -> b.bucket(BUCKET).key("segment/1.manifest"));

    assertThat(direct.headObject(b -> b.bucket(BUCKET).key("segment/1.log")).contentLength())
        .isEqualTo(OBJECT_BYTES);
    assertThatThrownBy(() -> direct.headObject(b -> b.bucket(BUCKET).key("segment/1.manifest")))
        .isInstanceOf(S3Exception.class);
    assertThat(proxy.injected(Fault.Kind.FAILED_DELETES)).isEqualTo(1);
    direct.deleteObject(b -> b.bucket(BUCKET).key("segment/1.log"));
  }

  @Test
  void missingObject_isForwardedAsTheServerAnswersIt() {
    assertThatThrownBy(() -> proxied.getObjectAsBytes(b -> b.bucket(BUCKET).key("absent")))
        .isInstanceOf(NoSuchKeyException.class);
  }
}
