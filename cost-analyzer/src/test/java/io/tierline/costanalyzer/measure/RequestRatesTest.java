package io.tierline.costanalyzer.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestRatesTest {
  private static final double MONTH = 730 * 3600.0;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);

  private static PluginReading reading(Instant at, Instant started, long puts, long gets) {
    return new PluginReading(
        at,
        List.of(
            new PluginReading.Broker(
                "b1:9999", started, Map.of("orders", new RequestCounts(puts, gets, 0, 0, 0)))));
  }

  @Test
  void add_beforeAWindowHasPassed_ratesAreSinceTheBrokerStarted() {
    RequestRates rates = new RequestRates(WINDOW);

    RequestRates.Rates r = rates.add(reading(START.plusSeconds(60), START, 30, 6), MONTH);

    assertThat(r.over()).isEqualTo(Duration.ofSeconds(60));
    assertThat(r.topics().get("orders").putsPerMonth()).isCloseTo(30 / 60.0 * MONTH, within(1e-6));
    assertThat(r.topics().get("orders").getsPerMonth()).isCloseTo(6 / 60.0 * MONTH, within(1e-6));
  }

  @Test
  void add_afterAWindow_ratesAreOverTheNewestReadingAtLeastAWindowOld() {
    RequestRates rates = new RequestRates(WINDOW);
    Instant started = START.minus(Duration.ofDays(1));
    rates.add(reading(START, started, 1000, 0), MONTH);
    rates.add(reading(START.plusSeconds(60), started, 1100, 0), MONTH);

    RequestRates.Rates r = rates.add(reading(START.plusSeconds(360), started, 1700, 0), MONTH);

    // From the reading at 60 s, the newest one at least five minutes before 360 s.
    assertThat(r.over()).isEqualTo(Duration.ofSeconds(300));
    assertThat(r.topics().get("orders").putsPerMonth())
        .isCloseTo(600 / 300.0 * MONTH, within(1e-6));
  }

  @Test
  void add_afterABrokerRestart_neverCountsFromAReadingOfTheEarlierRun() {
    RequestRates rates = new RequestRates(WINDOW);
    rates.add(reading(START, START.minusSeconds(3600), 5000, 0), MONTH);
    Instant restarted = START.plusSeconds(400);

    RequestRates.Rates r = rates.add(reading(START.plusSeconds(500), restarted, 50, 0), MONTH);

    assertThat(r.over()).isEqualTo(Duration.ofSeconds(100));
    assertThat(r.topics().get("orders").putsPerMonth()).isCloseTo(50 / 100.0 * MONTH, within(1e-6));
  }

  @Test
  void add_brokers_sumTheirRates() {
    RequestRates rates = new RequestRates(WINDOW);
    PluginReading two =
        new PluginReading(
            START.plusSeconds(100),
            List.of(
                new PluginReading.Broker(
                    "b1:9999", START, Map.of("orders", new RequestCounts(10, 0, 2, 1, 4096))),
                new PluginReading.Broker(
                    "b2:9999", START, Map.of("orders", new RequestCounts(30, 0, 0, 1, 0)))));

    RequestRate r = rates.add(two, MONTH).topics().get("orders");

    assertThat(r.putsPerMonth()).isCloseTo(40 / 100.0 * MONTH, within(1e-6));
    assertThat(r.listsPerMonth()).isCloseTo(2 / 100.0 * MONTH, within(1e-6));
    assertThat(r.deletesPerMonth()).isCloseTo(2 / 100.0 * MONTH, within(1e-6));
    assertThat(r.bytesFetchedPerMonth()).isCloseTo(4096 / 100.0 * MONTH, within(1e-6));
    assertThat(two.topics().get("orders")).isEqualTo(new RequestCounts(40, 0, 2, 2, 4096));
  }
}
