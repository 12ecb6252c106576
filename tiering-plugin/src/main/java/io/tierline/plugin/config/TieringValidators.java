package io.tierline.plugin.config;

import io.tierline.offloader.StorageClass;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef.LambdaValidator;
import org.apache.kafka.common.config.ConfigDef.Validator;
import org.apache.kafka.common.config.ConfigException;

/** The validators that Kafka's {@code ConfigDef} does not ship and the plugin's keys need. */
final class TieringValidators {
  private TieringValidators() {}

  /** Unset, or an absolute path: a broker's working directory is no place to rely on. */
  static Validator absolutePathOrUnset() {
    return LambdaValidator.with(
        (name, value) -> {
          if (value != null && !java.nio.file.Path.of(value.toString()).isAbsolute()) {
            throw new ConfigException(name, value, "must be an absolute path");
          }
        },
        () -> "an absolute path");
  }

  /** Unset, or an absolute http(s) URL with a host. */
  static Validator httpUrl() {
    return LambdaValidator.with(
        (name, value) -> {
          if (value == null) {
            return;
          }
          try {
            URI uri = new URI(value.toString());
            String scheme = uri.getScheme();
            if (uri.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
              throw new ConfigException(
                  name, value, "must be an http:// or https:// URL with a host");
            }
          } catch (URISyntaxException e) {
            throw new ConfigException(name, value, "is not a URL: " + e.getReason());
          }
        },
        () -> "an http:// or https:// URL");
  }

  /** Empty, or path segments separated by single '/', with no leading or trailing '/'. */
  static Validator keyPrefix() {
    return LambdaValidator.with(
        (name, value) -> {
          String prefix = value == null ? "" : value.toString();
          if (prefix.startsWith("/")
              || prefix.endsWith("/")
              || prefix.contains("//")
              || prefix.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException(
                name, value, "must not start or end with '/', contain '//' or whitespace");
          }
          // The filesystem backend makes the key a path: '..' would leave its root.
          for (String segment : prefix.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
              throw new ConfigException(name, value, "must not have a '.' or '..' segment");
            }
          }
        },
        () -> "empty, or segments separated by '/'");
  }

  /** Unset, or a number greater than zero. */
  static Validator positiveOrUnset() {
    return LambdaValidator.with(
        (name, value) -> {
          if (value != null && ((Number) value).longValue() <= 0) {
            throw new ConfigException(name, value, "must be greater than 0, or unset for no limit");
          }
        },
        () -> "unset, or [1,...]");
  }

  /** A storage class that segments may be stored in, ignoring case. */
  static Validator storageClass() {
    return LambdaValidator.with(
        (name, value) -> {
          try {
            StorageClass.parse(value == null ? "" : value.toString());
          } catch (IllegalArgumentException e) {
            throw new ConfigException(name, value, e.getMessage());
          }
        },
        () -> String.join(", ", StorageClass.names()));
  }

  /** Ordered {@code regex=CLASS} rules; see {@link StorageClassRules}. */
  static Validator storageClassRules() {
    return LambdaValidator.with(
        (name, value) ->
            StorageClassRules.parse(
                name, value == null ? null : value.toString(), StorageClass.STANDARD),
        () -> "regex=CLASS,...");
  }

  /** One of {@code allowed}, ignoring case. */
  static Validator oneOf(String... allowed) {
    List<String> values = List.of(allowed);
    return LambdaValidator.with(
        (name, value) -> {
          if (value == null
              || values.stream().noneMatch(v -> v.equalsIgnoreCase(value.toString().trim()))) {
            throw new ConfigException(name, value, "must be one of " + values);
          }
        },
        () -> String.join(", ", values));
  }
}
