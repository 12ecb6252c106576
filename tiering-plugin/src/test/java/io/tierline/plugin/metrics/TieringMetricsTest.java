package io.tierline.plugin.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentStoreListener.RequestType;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class TieringMetricsTest {
  private static final SegmentCoordinates SEGMENT =
      new SegmentCoordinates("payments", "topic-id", 0, 0, "segment-id");
  private static final String TOPIC_BEAN =
      "io.tierline.tiering:type=remote-storage-metrics,topic=payments";
  private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();

  @Test
  void onRequest_isVisibleInJmxPerTopicAndType() throws Exception {
    try (TieringMetrics metrics = TieringMetrics.withJmx()) {
      metrics.onRequest(SEGMENT, RequestType.PUT, Duration.ofMillis(30));
      metrics.onRequest(SEGMENT, RequestType.PUT, Duration.ofMillis(10));
      metrics.onRequest(SEGMENT, RequestType.GET, Duration.ofMillis(5));

      ObjectName puts = new ObjectName(TOPIC_BEAN + ",request-type=PUT");
      assertThat(jmx.getAttribute(puts, "requests-total")).isEqualTo(2.0);
      assertThat(jmx.getAttribute(puts, "request-latency-max")).isEqualTo(30.0);
      assertThat(
              jmx.getAttribute(new ObjectName(TOPIC_BEAN + ",request-type=GET"), "requests-total"))
          .isEqualTo(1.0);
    }
  }

  @Test
  void callbacks_countBytesCacheWaitsAndErrorsByClass() throws Exception {
    try (TieringMetrics metrics = TieringMetrics.withJmx()) {
      metrics.onBytesUploaded(SEGMENT, 1000);
      metrics.onBytesUploaded(SEGMENT, 24);
      metrics.onBytesFetched(SEGMENT, 512);
      metrics.onCacheHit(SEGMENT);
      metrics.onCacheMiss(SEGMENT);
      metrics.onCacheMiss(SEGMENT);
      metrics.onError(SEGMENT, RequestType.GET, StoreUnavailableException.class);
      metrics.onReadWait(SEGMENT, Duration.ofMillis(12));
      metrics.onReadWait(SEGMENT, Duration.ofMillis(3));
      metrics.onRequest(SEGMENT, RequestType.LIST, Duration.ofMillis(2));
      metrics.onPrefetchRefused(SEGMENT);

      ObjectName topic = new ObjectName(TOPIC_BEAN);
      assertThat(jmx.getAttribute(topic, "bytes-uploaded-total")).isEqualTo(1024.0);
      assertThat(jmx.getAttribute(topic, "bytes-fetched-total")).isEqualTo(512.0);
      assertThat(jmx.getAttribute(topic, "cache-hits-total")).isEqualTo(1.0);
      assertThat(jmx.getAttribute(topic, "cache-misses-total")).isEqualTo(2.0);
      assertThat(jmx.getAttribute(topic, "read-waits-total")).isEqualTo(2.0);
      assertThat(jmx.getAttribute(topic, "read-wait-time-ms-total")).isEqualTo(15.0);
      assertThat(jmx.getAttribute(topic, "prefetches-refused-total")).isEqualTo(1.0);
      assertThat(
              jmx.getAttribute(new ObjectName(TOPIC_BEAN + ",request-type=LIST"), "requests-total"))
          .isEqualTo(1.0);
      assertThat(
              jmx.getAttribute(
                  new ObjectName(TOPIC_BEAN + ",during=GET,error=StoreUnavailableException"),
                  "errors-total"))
          .isEqualTo(1.0);
    }
    assertThat(jmx.queryNames(new ObjectName("io.tierline.tiering:*"), null)).isEmpty();
  }

  @Test
  void attemptFailed_isCountedForTheStorePerRequestTypeAndWhetherRetried() throws Exception {
    try (TieringMetrics metrics = TieringMetrics.withJmx()) {
      StoreUnavailableException timeout = new StoreUnavailableException("read timed out");
      metrics.attemptFailed("GET", true, timeout);
      metrics.attemptFailed("GET", true, timeout);
      metrics.attemptFailed("GET", false, timeout);
      metrics.attemptFailed("UploadPart", true, timeout);

      String store = "io.tierline.tiering:type=remote-storage-metrics";
      assertThat(
              jmx.getAttribute(
                  new ObjectName(store + ",request-type=GET,retried=true"),
                  "failed-attempts-total"))
          .isEqualTo(2.0);
      assertThat(
              jmx.getAttribute(
                  new ObjectName(store + ",request-type=GET,retried=false"),
                  "failed-attempts-total"))
          .isEqualTo(1.0);
      assertThat(
              jmx.getAttribute(
                  new ObjectName(store + ",request-type=UploadPart,retried=true"),
                  "failed-attempts-total"))
          .isEqualTo(1.0);
    }
  }
}
