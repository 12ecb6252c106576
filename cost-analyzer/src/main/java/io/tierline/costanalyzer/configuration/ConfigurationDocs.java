package io.tierline.costanalyzer.configuration;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.dropwizard.core.Configuration;
import io.dropwizard.jackson.Jackson;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service's configuration keys, described once: the README's table is generated from this list with the
 * defaults read from a fresh configuration, and a test checks the list against the keys Jackson binds. The
 * configuration class itself is passed in: it sits in the application's package, which nothing imports.
 */
public final class ConfigurationDocs {

  /** A key, as a path ({@code clusters[].name}), and what it means. */
  public record Key(String path, String description) {}

  public static final List<Key> KEYS = List.of(
      new Key("pricingDirectory", "directory of the price catalogs (`*.yaml`), checked at start-up"),
      new Key("defaultPriceCatalog", "catalog for estimates and clusters that name none"),
      new Key("clusters[].name", "the cluster's name in URLs: letters, digits, `.`, `_`, `-`"),
      new Key("clusters[].snapshot", "a snapshot file to serve (set this or `bootstrapServers`)"),
      new Key("clusters[].bootstrapServers", "a live cluster's brokers (set this or `snapshot`)"),
      new Key("clusters[].kafka", "Kafka client properties (`security.protocol`, `ssl.*`, `sasl.*`); secrets are "
          + "masked everywhere"),
      new Key("clusters[].priceCatalog", "the cluster's catalog; else the snapshot's, else `defaultPriceCatalog`"),
      new Key("clusters[].diskType", "the brokers' disk type in that catalog; else the catalog's default"),
      new Key("teams", "ordered `{pattern, team}` rules, first match wins (`$1` allowed); replace a snapshot's own"),
      new Key("samplingWindow", "live ingress is measured over the records of this last window"),
      new Key("cacheTtl", "how long a cluster's read is served before it is read again (in the background)"),
      new Key("maxRequestBytes", "largest request body; larger ones get 413"),
      new Key("history.enabled", "record per-topic costs as Parquet files"),
      new Key("history.directory", "where: `<directory>/<cluster>/<epoch ms>.parquet`"),
      new Key("history.interval", "how often (the first recording is at start-up)"),
      new Key("apply.token", "bearer token that apply requires; unset: apply answers 401 to everyone"),
      new Key("apply.auditLog", "file that gets one line per apply attempt"));

  private ConfigurationDocs() {}

  /** The keys Jackson binds in the service's own configuration classes (Dropwizard's server keys excluded). */
  public static Set<String> boundKeys(Class<? extends Configuration> configurationClass) {
    ObjectMapper mapper = Jackson.newObjectMapper();
    Set<String> keys = new TreeSet<>();
    Set<String> dropwizard = names(mapper, Configuration.class);
    for (String name : names(mapper, configurationClass)) {
      if (dropwizard.contains(name)) {
        continue;
      }
      switch (name) {
        case "clusters" -> names(mapper, ClusterConfig.class).forEach(n -> keys.add("clusters[]." + n));
        case "history" -> names(mapper, HistoryConfig.class).forEach(n -> keys.add("history." + n));
        case "apply" -> names(mapper, ApplyConfig.class).forEach(n -> keys.add("apply." + n));
        default -> keys.add(name);
      }
    }
    return keys;
  }

  /** The README's table: key, default (from {@code fresh}, a configuration as constructed) and meaning. */
  public static String markdownTable(Configuration fresh) {
    JsonNode defaults = Jackson.newObjectMapper().valueToTree(fresh);
    StringBuilder b = new StringBuilder("| key | default | meaning |\n|---|---|---|\n");
    for (Key k : KEYS) {
      JsonNode d = k.path().startsWith("clusters[]") ? null : defaults.at("/" + k.path().replace('.', '/'));
      String value = d == null || d.isMissingNode() || d.isNull() ? "" : "`" + (d.isTextual() ? d.asText() : d) + "`";
      b.append("| `").append(k.path()).append("` | ").append(value).append(" | ").append(k.description()).append(" |\n");
    }
    return b.toString();
  }

  private static Set<String> names(ObjectMapper mapper, Class<?> type) {
    BeanDescription d = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
    Set<String> names = new TreeSet<>();
    for (BeanPropertyDefinition p : d.findProperties()) {
      if (p.hasSetter() || p.hasField() && p.getField().isPublic()) {
        names.add(p.getName());
      }
    }
    return names;
  }
}
