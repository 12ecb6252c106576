package io.tierline.costanalyzer.api;

import io.tierline.costanalyzer.model.CostBreakdown;
import java.math.BigDecimal;

/**
 * A cost breakdown as the REST API and the CLI print it: bytes as integers, money rounded to the
 * cent. Each category is rounded once, and the total is the sum of the rounded categories, so that
 * the printed figures add up.
 */
public record CostJson(
    Storage storage, Network network, Requests requests, BigDecimal totalMonthlyCost) {

  /** Bytes kept and their monthly cost. */
  public record Storage(
      long localBytes,
      long provisionedBytes,
      long remoteBytes,
      BigDecimal diskMonthlyCost,
      BigDecimal objectStorageMonthlyCost,
      BigDecimal monthlyCost) {}

  /** Cross-zone bytes per month by cause, and their monthly cost. */
  public record Network(
      long crossAzBytesPerMonth,
      long producerBytesPerMonth,
      long replicationBytesPerMonth,
      long consumerBytesPerMonth,
      BigDecimal monthlyCost) {}

  /** Object-storage requests per month and their monthly cost, retrieval fees included. */
  public record Requests(
      long putsPerMonth, long getsPerMonth, long retrievedBytesPerMonth, BigDecimal monthlyCost) {}

  public static final CostJson ZERO = of(CostBreakdown.ZERO);

  /**
   * Row by row: sums of already rounded amounts, so that totals equal the sum of the printed rows.
   */
  public CostJson plus(CostJson o) {
    Storage s =
        new Storage(
            storage.localBytes + o.storage.localBytes,
            storage.provisionedBytes + o.storage.provisionedBytes,
            storage.remoteBytes + o.storage.remoteBytes,
            storage.diskMonthlyCost.add(o.storage.diskMonthlyCost),
            storage.objectStorageMonthlyCost.add(o.storage.objectStorageMonthlyCost),
            storage.monthlyCost.add(o.storage.monthlyCost));
    Network n =
        new Network(
            network.crossAzBytesPerMonth + o.network.crossAzBytesPerMonth,
            network.producerBytesPerMonth + o.network.producerBytesPerMonth,
            network.replicationBytesPerMonth + o.network.replicationBytesPerMonth,
            network.consumerBytesPerMonth + o.network.consumerBytesPerMonth,
            network.monthlyCost.add(o.network.monthlyCost));
    Requests r =
        new Requests(
            requests.putsPerMonth + o.requests.putsPerMonth,
            requests.getsPerMonth + o.requests.getsPerMonth,
            requests.retrievedBytesPerMonth + o.requests.retrievedBytesPerMonth,
            requests.monthlyCost.add(o.requests.monthlyCost));
    return new CostJson(s, n, r, totalMonthlyCost.add(o.totalMonthlyCost));
  }

  public static CostJson of(CostBreakdown b) {
    var s = b.storage();
    BigDecimal disk = Money.of(s.diskMonthlyCost());
    BigDecimal object = Money.of(s.objectMonthlyCost());
    Storage storage =
        new Storage(
            s.localBytes(), s.provisionedBytes(), s.remoteBytes(), disk, object, disk.add(object));
    var n = b.network();
    Network network =
        new Network(
            n.crossAzBytesPerMonth(),
            n.producerBytesPerMonth(),
            n.replicationBytesPerMonth(),
            n.consumerBytesPerMonth(),
            Money.of(n.monthlyCost()));
    var r = b.requests();
    Requests requests =
        new Requests(
            r.putsPerMonth(),
            r.getsPerMonth(),
            r.retrievedBytesPerMonth(),
            Money.of(r.monthlyCost()));
    BigDecimal total = storage.monthlyCost().add(network.monthlyCost()).add(requests.monthlyCost());
    return new CostJson(storage, network, requests, total);
  }
}
