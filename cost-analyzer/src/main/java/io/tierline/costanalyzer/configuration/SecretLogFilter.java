package io.tierline.costanalyzer.configuration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Drops any log event whose message or exception would print a configured secret: the apply token
 * and the secret Kafka client properties (and the passwords inside a JAAS config). Our own code
 * never logs them; this guards against libraries that do at DEBUG, such as Jetty's header parser,
 * which prints the {@code Authorization} header with the bearer token in it.
 */
public final class SecretLogFilter extends TurboFilter {
  private static final Pattern JAAS_PASSWORD =
      Pattern.compile("password\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);

  /** Shorter values are too likely to occur in ordinary text to be worth withholding lines for. */
  private static final int MIN_SECRET_LENGTH = 4;

  private final List<String> secrets;

  SecretLogFilter(List<String> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  /** Installs the filter for the secrets of {@code apply} and {@code clusters} in logback. */
  public static void install(ApplyConfig apply, List<ClusterConfig> clusters) {
    List<String> secrets = new ArrayList<>();
    add(secrets, apply.token());
    for (ClusterConfig cluster : clusters) {
      for (Map.Entry<String, String> e : cluster.getKafka().entrySet()) {
        if (Secrets.isSecret(e.getKey())) {
          add(secrets, e.getValue());
          Matcher m = JAAS_PASSWORD.matcher(e.getValue() == null ? "" : e.getValue());
          while (m.find()) {
            add(secrets, m.group(1));
          }
        }
      }
    }
    if (secrets.isEmpty()
        || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    SecretLogFilter filter = new SecretLogFilter(secrets);
    filter.setName("tierline-secrets");
    filter.setContext(context);
    filter.start();
    context.addTurboFilter(filter);
  }

  private static void add(List<String> secrets, String value) {
    if (value != null && value.strip().length() >= MIN_SECRET_LENGTH) {
      secrets.add(value.strip());
    }
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    // The effective level, not isEnabledFor, which would call this filter again.
    if (level == null
        || (format == null && t == null)
        || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
      return FilterReply.NEUTRAL;
    }
    String message =
        format == null ? "" : MessageFormatter.arrayFormat(format, params).getMessage();
    if (holdsSecret(message)) {
      return FilterReply.DENY;
    }
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (holdsSecret(String.valueOf(cause.getMessage()))) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }

  boolean holdsSecret(String text) {
    for (String secret : secrets) {
      if (text.contains(secret)) {
        return true;
      }
    }
    return false;
  }
}
