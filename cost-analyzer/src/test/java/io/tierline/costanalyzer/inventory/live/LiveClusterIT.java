package io.tierline.costanalyzer.inventory.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.tierline.costanalyzer.CostAnalyzerApplication;
import io.tierline.costanalyzer.CostAnalyzerConfiguration;
import io.tierline.costanalyzer.resources.Http;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The service against a real Kafka 4.1 broker (KRaft, in process). Topics get known configurations
 * and known volumes, with record timestamps that place a known share inside the sampling window;
 * consumer groups commit known offsets. The REST answers must show what was done, within a segment
 * for sizes and a few percent for rates (record overhead), and apply must change the broker's topic
 * configuration.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveClusterIT {

  static final String LEDGER = "payments.ledger";
  static final String EVENTS = "orders.events";
  static final int PARTITIONS = 3;
  static final int VALUE_BYTES = 1000;
  static final int OLD_PER_PARTITION = 2_000;
  static final int RECENT_PER_PARTITION = 7_000;
  static final long WINDOW_MS = 600_000;
  static final long SIXTY_DAYS_MS = 5_184_000_000L;
  static final long SEGMENT_BYTES = 1L << 20;
  static final int LAG_PER_PARTITION = 500;
  static final String TOKEN = "Bearer live-token-0123456789abcdef";
  static final Path AUDIT = Path.of("target/live-audit.log");

  static KafkaClusterTestKit kafka;
  static Admin admin;
  static DropwizardTestSupport<CostAnalyzerConfiguration> app;
  static Http http;
  static long producedAt;
  static final Map<TopicPartition, Long> timestampAtLaggingOffset = new HashMap<>();

  @BeforeAll
  static void startKafkaAndService() throws Exception {
    kafka =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("broker.rack", "use1-az1")
            .build();
    kafka.format();
    kafka.startup();
    kafka.waitForReadyBrokers();
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    admin = Admin.create(p);
    admin
        .createTopics(
            List.of(
                new NewTopic(LEDGER, PARTITIONS, (short) 1)
                    .configs(
                        Map.of(
                            "retention.ms",
                            Long.toString(SIXTY_DAYS_MS),
                            "segment.bytes",
                            Long.toString(SEGMENT_BYTES))),
                new NewTopic(EVENTS, 1, (short) 1)
                    .configs(
                        Map.of(
                            "retention.bytes", "104857600", "cleanup.policy", "compact,delete"))))
        .all()
        .get();
    produce();
    commitGroups();
    Files.deleteIfExists(AUDIT);
    app =
        new DropwizardTestSupport<>(
            CostAnalyzerApplication.class,
            ResourceHelpers.resourceFilePath("live-service.yml"),
            ConfigOverride.config("clusters[0].bootstrapServers", kafka.bootstrapServers()));
    app.before();
    http = new Http(app.getLocalPort());
  }

  /**
   * Per partition: records 30–60 minutes old (outside the window), then records of the last 5
   * minutes.
   */
  static void produce() throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    producedAt = System.currentTimeMillis();
    byte[] value = new byte[VALUE_BYTES];
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (int part = 0; part < PARTITIONS; part++) {
        for (int i = 0; i < OLD_PER_PARTITION; i++) {
          long ts = producedAt - 3_600_000 + i * (1_800_000L / OLD_PER_PARTITION);
          producer.send(new ProducerRecord<>(LEDGER, part, ts, null, value));
        }
        for (int i = 0; i < RECENT_PER_PARTITION; i++) {
          long ts = recentTimestamp(i);
          producer.send(new ProducerRecord<>(LEDGER, part, ts, null, value));
        }
      }
      for (int i = 0; i < 100; i++) {
        producer.send(new ProducerRecord<>(EVENTS, 0, producedAt, ("k" + i).getBytes(), value));
      }
      producer.flush();
    }
  }

  static long recentTimestamp(int i) {
    return producedAt - 300_000 + i * (300_000L / RECENT_PER_PARTITION);
  }

  /** "ledger-reader" is 500 records behind on each partition; "audit" has read everything. */
  static void commitGroups() {
    int perPartition = OLD_PER_PARTITION + RECENT_PER_PARTITION;
    Map<TopicPartition, OffsetAndMetadata> lagging = new HashMap<>();
    Map<TopicPartition, OffsetAndMetadata> caughtUp = new HashMap<>();
    for (int part = 0; part < PARTITIONS; part++) {
      TopicPartition tp = new TopicPartition(LEDGER, part);
      lagging.put(tp, new OffsetAndMetadata(perPartition - LAG_PER_PARTITION));
      caughtUp.put(tp, new OffsetAndMetadata(perPartition));
      timestampAtLaggingOffset.put(tp, recentTimestamp(RECENT_PER_PARTITION - LAG_PER_PARTITION));
    }
    commit("ledger-reader", lagging);
    commit("audit", caughtUp);
  }

  static void commit(String group, Map<TopicPartition, OffsetAndMetadata> offsets) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.assign(offsets.keySet());
      c.commitSync(offsets);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.after();
    }
    if (admin != null) {
      admin.close();
    }
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  @Order(1)
  void costs_listEveryTopicWithItsPartitionsAndReplication() {
    HttpResponse<String> r = http.get("/api/v1/clusters/live/costs");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = Http.json(r);
    Map<String, JsonNode> topics = new HashMap<>();
    body.get("topics").forEach(t -> topics.put(t.get("name").asText(), t));
    assertThat(topics).containsKeys(LEDGER, EVENTS);
    assertThat(topics.get(LEDGER).get("partitions").asInt()).isEqualTo(PARTITIONS);
    assertThat(topics.get(LEDGER).get("replicationFactor").asInt()).isEqualTo(1);
    assertThat(topics.get(LEDGER).get("team").asText()).isEqualTo("payments");
    assertThat(topics.get(EVENTS).get("team").asText()).isEqualTo("unassigned");
    // One rack among the brokers: the model prices one zone (no cross-zone replication traffic).
    assertThat(body.at("/assumptions/availabilityZones").asInt()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void topic_showsConfigsSizeIngressAndLagAsProduced() {
    JsonNode t = Http.json(http.get("/api/v1/clusters/live/topics/" + LEDGER));
    long after = System.currentTimeMillis();
    assertThat(t.get("partitions").asInt()).isEqualTo(PARTITIONS);
    assertThat(t.at("/effectiveConfig/retentionMs").asLong()).isEqualTo(SIXTY_DAYS_MS);
    assertThat(t.at("/effectiveConfig/segmentBytes").asLong()).isEqualTo(SEGMENT_BYTES);
    assertThat(t.at("/effectiveConfig/cleanupPolicy").asText()).isEqualTo("delete");
    long produced = (long) PARTITIONS * (OLD_PER_PARTITION + RECENT_PER_PARTITION) * VALUE_BYTES;
    // Stored bytes add a record header to each value: within one segment of what was produced.
    assertThat(t.get("sizeBytes").asLong()).isBetween(produced, produced + SEGMENT_BYTES);
    double expectedIngress =
        PARTITIONS * RECENT_PER_PARTITION * (double) VALUE_BYTES / (WINDOW_MS / 1000.0);
    assertThat(t.get("ingressBytesPerSecond").asDouble())
        .isCloseTo(expectedIngress, within(expectedIngress * 0.05));
    Map<String, JsonNode> groups = new HashMap<>();
    t.get("consumerGroups").forEach(g -> groups.put(g.get("group").asText(), g));
    assertThat(groups.get("ledger-reader").get("lagMessages").asLong())
        .isEqualTo((long) PARTITIONS * LAG_PER_PARTITION);
    long ts = timestampAtLaggingOffset.values().iterator().next();
    // The service may answer from a read made earlier (it caches reads), but always one made after
    // the records were produced and before this answer: the lag is measured at that read.
    assertThat(groups.get("ledger-reader").get("lagMs").asLong())
        .isBetween(producedAt - ts, after - ts);
    assertThat(groups.get("audit").get("lagMessages").asLong()).isZero();
    assertThat(groups.get("audit").get("lagMs").asLong()).isZero();

    JsonNode events = Http.json(http.get("/api/v1/clusters/live/topics/" + EVENTS));
    assertThat(events.at("/effectiveConfig/retentionBytes").asLong()).isEqualTo(104_857_600L);
    assertThat(events.at("/effectiveConfig/cleanupPolicy").asText()).isEqualTo("compact,delete");
    assertThat(events.get("configs").get("retention.bytes").asText()).isEqualTo("104857600");
  }

  @Test
  @Order(4)
  void apply_dryRunChangesNothing_noTokenIs401_andTheTokenAppliesAndAudits() throws Exception {
    String id = "shorten-retention:" + LEDGER;
    List<String> ids = new ArrayList<>();
    Http.json(http.get("/api/v1/clusters/live/recommendations"))
        .get("recommendations")
        .forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).contains(id);
    String path = "/api/v1/clusters/live/recommendations/" + id + "/apply";

    assertThat(http.post(path, "").statusCode()).isEqualTo(401);
    assertThat(http.post(path + "?dryRun=false", "").statusCode()).isEqualTo(401);
    assertThat(retentionMs()).isEqualTo(Long.toString(SIXTY_DAYS_MS));

    HttpResponse<String> dry =
        http.post(path, "", "Authorization", TOKEN, "X-Tierline-Actor", "alice");
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    JsonNode diff = Http.json(dry);
    assertThat(diff.get("dryRun").asBoolean()).isTrue();
    assertThat(diff.get("applied").asBoolean()).isFalse();
    assertThat(diff.at("/changes/0/key").asText()).isEqualTo("retention.ms");
    assertThat(diff.at("/changes/0/current").asText()).isEqualTo(Long.toString(SIXTY_DAYS_MS));
    String target = diff.at("/changes/0/target").asText();
    assertThat(Long.parseLong(target)).isLessThan(SIXTY_DAYS_MS);
    assertThat(retentionMs()).isEqualTo(Long.toString(SIXTY_DAYS_MS));

    HttpResponse<String> applied =
        http.post(path + "?dryRun=false", "", "Authorization", TOKEN, "X-Tierline-Actor", "alice");
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
    assertThat(Http.json(applied).get("applied").asBoolean()).isTrue();
    assertThat(retentionMs()).isEqualTo(target);
    assertThat(Files.readAllLines(AUDIT))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("who=alice@127.0.0.1")
                    .contains("recommendation=" + id)
                    .contains("outcome=applied")
                    .contains("retention.ms"))
        .anySatisfy(line -> assertThat(line).contains("mode=dry-run").contains("outcome=checked"));

    // The view was refreshed: the topic now shows the new retention.
    JsonNode t = Http.json(http.get("/api/v1/clusters/live/topics/" + LEDGER));
    assertThat(t.at("/effectiveConfig/retentionMs").asText()).isEqualTo(target);
  }

  @Test
  @Order(3)
  void apply_aChangeTheBrokerRefusesIs409WithItsReason() throws Exception {
    // This broker has no tiered storage (remote.log.storage.system.enable=false): its own
    // validation refuses.
    String id = "enable-tiered-storage:" + LEDGER;
    HttpResponse<String> r =
        http.post(
            "/api/v1/clusters/live/recommendations/" + id + "/apply?dryRun=false",
            "",
            "Authorization",
            TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
    assertThat(Http.json(r).get("message").asText())
        .contains("refused the change to topic " + LEDGER);
    assertThat(retentionMs()).isEqualTo(Long.toString(SIXTY_DAYS_MS));
    assertThat(Files.readAllLines(AUDIT))
        .anySatisfy(
            line -> assertThat(line).contains("recommendation=" + id).contains("outcome=refused"));
  }

  static String retentionMs() throws Exception {
    ConfigResource res = new ConfigResource(ConfigResource.Type.TOPIC, LEDGER);
    return admin.describeConfigs(List.of(res)).all().get().get(res).get("retention.ms").value();
  }
}
