package io.tierline.costanalyzer.model;

import java.util.OptionalLong;

/** Named workloads for the model's tests, each a small variation of one busy topic. */
final class Workloads {

  static final long GIB = 1L << 30;
  static final long MIB = 1L << 20;
  static final long DAY_MS = 86_400_000L;

  private Workloads() {}

  /** The published example: 35 MB/s, RF 3, 7 days, one partition, nothing tiered. */
  static Workload published() {
    return new Workload(
        35_000_000,
        3,
        1,
        Retention.ofKafka(7 * DAY_MS, -1),
        Retention.ofKafka(7 * DAY_MS, -1),
        false,
        GIB,
        7 * DAY_MS,
        1,
        0.0,
        OptionalLong.empty());
  }

  static Workload of(double rate, int rf, int partitions, Retention retention) {
    return new Workload(
        rate,
        rf,
        partitions,
        retention,
        retention,
        false,
        GIB,
        7 * DAY_MS,
        1,
        0.0,
        OptionalLong.empty());
  }

  static Workload tiered(double rate, int partitions, Retention retention, long localMs) {
    return new Workload(
        rate,
        3,
        partitions,
        retention,
        Retention.localOfKafka(localMs, -2, retention),
        true,
        GIB,
        7 * DAY_MS,
        1,
        0.0,
        OptionalLong.empty());
  }

  static Prices flatPrices() {
    return new Prices(0.08, TieredRate.flat(0.023), 0, 0, 0.02, 0.005, 0.0004);
  }
}
