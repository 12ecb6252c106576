package io.tierline.costanalyzer.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns successive readings of the plugin's counters into rates: per broker, what was counted since
 * the newest reading at least a window old (while there is none, since the broker started), over
 * the time between. The counters restart with the broker; a reading from before a restart is never
 * a baseline. Thread-safe.
 */
public final class RequestRates {

  /**
   * Rates per topic and the time they were measured over.
   *
   * @param over the shortest time measured over, among the brokers
   */
  public record Rates(Map<String, RequestRate> topics, Duration over) {
    public Rates {
      topics = new TreeMap<>(topics);
    }
  }

  private final Duration window;
  private final Deque<PluginReading> readings = new ArrayDeque<>();

  public RequestRates(Duration window) {
    this.window = window;
  }

  /** Adds {@code latest} and gives the rates that it and the earlier readings show. */
  public synchronized Rates add(PluginReading latest, double secondsPerMonth) {
    Map<String, RequestRate> topics = new HashMap<>();
    Duration shortest = null;
    for (PluginReading.Broker broker : latest.brokers()) {
      Baseline base = baseline(broker, latest.readAt());
      Duration over = Duration.between(base.at(), latest.readAt());
      if (over.isNegative() || over.isZero()) {
        continue;
      }
      shortest = shortest == null || over.compareTo(shortest) < 0 ? over : shortest;
      double seconds = over.toNanos() / 1e9;
      for (Map.Entry<String, RequestCounts> t : broker.topics().entrySet()) {
        RequestCounts counted = t.getValue().minus(base.reading().topic(t.getKey()));
        topics.merge(
            t.getKey(), RequestRate.of(counted, seconds, secondsPerMonth), RequestRate::plus);
      }
    }
    readings.addLast(latest);
    prune(latest.readAt());
    return new Rates(topics, shortest == null ? Duration.ZERO : shortest);
  }

  private record Baseline(Instant at, PluginReading.Broker reading) {}

  /**
   * The newest reading of the same broker run at least a window old; until there is one, the
   * broker's start, with every counter at zero.
   */
  private Baseline baseline(PluginReading.Broker broker, Instant now) {
    Instant windowStart = now.minus(window);
    Baseline found =
        new Baseline(
            broker.startedAt(),
            new PluginReading.Broker(broker.endpoint(), broker.startedAt(), Map.of()));
    for (PluginReading r : readings) {
      if (r.readAt().isAfter(windowStart)) {
        break;
      }
      Optional<PluginReading.Broker> same = sameRun(r, broker);
      if (same.isPresent()) {
        found = new Baseline(r.readAt(), same.get());
      }
    }
    return found;
  }

  private static Optional<PluginReading.Broker> sameRun(PluginReading r, PluginReading.Broker now) {
    return r.brokers().stream()
        .filter(b -> b.endpoint().equals(now.endpoint()) && b.startedAt().equals(now.startedAt()))
        .filter(
            b ->
                b.topics().entrySet().stream()
                    .allMatch(e -> now.topic(e.getKey()).atLeast(e.getValue())))
        .findFirst();
  }

  /** Keeps the newest reading at least a window old, as the next baseline, and all newer ones. */
  private void prune(Instant now) {
    Instant windowStart = now.minus(window);
    int atLeastAWindowOld = 0;
    for (PluginReading r : readings) {
      if (!r.readAt().isAfter(windowStart)) {
        atLeastAWindowOld++;
      }
    }
    Iterator<PluginReading> it = readings.iterator();
    for (int i = 0; i < atLeastAWindowOld - 1; i++) {
      it.next();
      it.remove();
    }
  }
}
