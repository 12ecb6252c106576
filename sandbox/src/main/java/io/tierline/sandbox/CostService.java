package io.tierline.sandbox;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dropwizard.core.setup.Environment;
import io.tierline.costanalyzer.CostAnalyzerApplication;
import io.tierline.costanalyzer.CostAnalyzerConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;

/**
 * The cost service, in this JVM, exactly as {@code java -jar cost-analyzer.jar server FILE} runs
 * it, from a configuration file written into the data folder: one live cluster, the sandbox's
 * broker, with its bucket and JMX to measure. Its logs go to files there, so the console stays
 * readable.
 */
final class CostService implements AutoCloseable {
  static final String CLUSTER = "sandbox";

  private final Server server;

  private CostService(Server server) {
    this.server = server;
  }

  /** The service's configuration: every value the sandbox chose, visible in one file. */
  static Map<String, Object> configuration(
      SandboxHome home, Path dir, SandboxPorts ports, BrokerSettings.Bucket bucket) {
    Map<String, Object> remote = new LinkedHashMap<>();
    remote.put("bucket", bucket.name());
    remote.put("endpoint", bucket.endpoint());
    remote.put("pathStyleAccess", true);
    remote.put("region", bucket.region());
    remote.put("accessKey", bucket.accessKey());
    remote.put("secretKey", bucket.secretKey());
    remote.put("keyPrefix", bucket.keyPrefix());
    Map<String, Object> cluster = new LinkedHashMap<>();
    cluster.put("name", CLUSTER);
    cluster.put("bootstrapServers", "127.0.0.1:" + ports.kafka());
    cluster.put("remoteStorage", remote);
    cluster.put(
        "pluginMetrics",
        Map.of("jmx", List.of("127.0.0.1:" + ports.jmx()), "rateWindow", "5 minutes"));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("pricingDirectory", home.priceCatalogs().toString());
    c.put("defaultPriceCatalog", "aws-us-east-1");
    c.put("clusters", List.of(cluster));
    c.put(
        "teams",
        List.of(
            Map.of("pattern", "^(orders|payments)", "team", "commerce"),
            Map.of("pattern", "^clickstream", "team", "analytics"),
            Map.of("pattern", "^customers", "team", "crm"),
            Map.of("pattern", "^audit", "team", "compliance"),
            Map.of("pattern", "^__", "team", "kafka-internal")));
    // Short, because the sandbox's retention is minutes long; still shorter than local retention,
    // so that measuring ingress never reads from the bucket.
    c.put("samplingWindow", "1 minute");
    c.put("cacheTtl", "10 seconds");
    c.put(
        "history",
        Map.of(
            "enabled",
            true,
            "directory",
            dir.resolve("history").toString(),
            "interval",
            "10 minutes"));
    c.put("apply", Map.of("auditLog", dir.resolve("apply-audit.log").toString()));
    c.put(
        "server",
        Map.of(
            "applicationConnectors",
            List.of(Map.of("type", "http", "bindHost", "127.0.0.1", "port", ports.http())),
            "adminConnectors",
            List.of(Map.of("type", "http", "bindHost", "127.0.0.1", "port", ports.admin())),
            "registerDefaultExceptionMappers",
            false,
            // No request log: its logback notes about itself would reach the console.
            "requestLog",
            Map.of("appenders", List.of())));
    // The sandbox's producer and consumers share this JVM: their INFO lines would drown the
    // service's own.
    c.put(
        "logging",
        Map.of(
            "level",
            "INFO",
            "loggers",
            Map.of("org.apache.kafka", "WARN"),
            "appenders",
            List.of(file(dir.resolve("service.log")))));
    return c;
  }

  private static Map<String, Object> file(Path log) {
    return Map.of("type", "file", "currentLogFilename", log.toString(), "archive", false);
  }

  /** Writes the configuration to {@code dir/cost-analyzer.yml} and starts the service on it. */
  static CostService start(Path dir, Map<String, Object> configuration) throws Exception {
    Files.createDirectories(dir);
    Path file = dir.resolve("cost-analyzer.yml");
    Files.writeString(
        file,
        "# Written by the sandbox at every start: the cost service's configuration"
            + " (docs/cost-analyzer.md).\n"
            + new YAMLMapper().writeValueAsString(configuration));
    AtomicReference<Server> started = new AtomicReference<>();
    new CostAnalyzerApplication() {
      @Override
      public void run(CostAnalyzerConfiguration configuration, Environment environment) {
        super.run(configuration, environment);
        environment.lifecycle().addServerLifecycleListener(started::set);
      }
    }.run("server", file.toString());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (started.get() == null || !started.get().isStarted()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "the cost service did not start in 60 s; see " + dir.resolve("service.log"));
      }
      Thread.sleep(50);
    }
    return new CostService(started.get());
  }

  @Override
  public void close() throws Exception {
    server.stop();
    server.join();
  }
}
