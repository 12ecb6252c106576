package io.tierline.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the five cost rows of a topic from its sizes, at the sample prices. */
final class SampleRows {
  static final BigDecimal DISK = new BigDecimal("0.08");
  static final BigDecimal OBJECT = new BigDecimal("0.023");
  static final BigDecimal CROSS_ZONE = new BigDecimal("0.02");
  static final BigDecimal REQUEST = new BigDecimal("0.0022");
  static final BigDecimal BROKER_HOUR = new BigDecimal("0.1632");
  private static final long GIB = 1L << 30;
  private static final BigDecimal FREE_FRACTION_DIVISOR = new BigDecimal("0.5");

  private final ChargePeriod period;
  private final List<CostRow> rows = new ArrayList<>();

  SampleRows(ChargePeriod period) {
    this.period = period;
  }

  /**
   * Adds the topic's rows; sizes in GB (local counts every replica), requests and broker hours per
   * month.
   */
  void topic(
      String topic,
      String team,
      Map<String, String> labels,
      long localGb,
      long remoteGb,
      long crossZoneGb,
      long puts,
      long gets,
      long brokerHours) {
    long localBytes = localGb * GIB;
    long remoteBytes = remoteGb * GIB;
    BigDecimal provisionedGb = BigDecimal.valueOf(localGb).divide(FREE_FRACTION_DIVISOR);
    BigDecimal thousands = BigDecimal.valueOf(puts + gets).movePointLeft(3);
    add(
        topic,
        team,
        labels,
        CostCategory.LOCAL_DISK,
        provisionedGb.multiply(DISK),
        Quantity.of(String.valueOf(localGb), "GB-month"),
        new Quantity(provisionedGb, "GB-month"),
        localBytes,
        remoteBytes);
    add(
        topic,
        team,
        labels,
        CostCategory.OBJECT_STORAGE,
        BigDecimal.valueOf(remoteGb).multiply(OBJECT),
        Quantity.of(String.valueOf(remoteGb), "GB-month"),
        Quantity.of(String.valueOf(remoteGb), "GB-month"),
        localBytes,
        remoteBytes);
    add(
        topic,
        team,
        labels,
        CostCategory.CROSS_ZONE_NETWORK,
        BigDecimal.valueOf(crossZoneGb).multiply(CROSS_ZONE),
        Quantity.of(String.valueOf(crossZoneGb), "GB"),
        Quantity.of(String.valueOf(crossZoneGb), "GB"),
        localBytes,
        remoteBytes);
    add(
        topic,
        team,
        labels,
        CostCategory.REQUESTS,
        thousands.multiply(REQUEST),
        Quantity.of(String.valueOf(puts + gets), "requests"),
        new Quantity(thousands, "1,000 requests"),
        localBytes,
        remoteBytes);
    add(
        topic,
        team,
        labels,
        CostCategory.COMPUTE,
        BigDecimal.valueOf(brokerHours).multiply(BROKER_HOUR),
        Quantity.of(String.valueOf(brokerHours), "broker-hours"),
        Quantity.of(String.valueOf(brokerHours), "hours"),
        localBytes,
        remoteBytes);
  }

  private void add(
      String topic,
      String team,
      Map<String, String> labels,
      CostCategory category,
      BigDecimal cost,
      Quantity consumed,
      Quantity pricing,
      long localBytes,
      long remoteBytes) {
    rows.add(
        new CostRow(
            topic,
            team,
            labels,
            category,
            period,
            cost,
            consumed,
            pricing,
            localBytes,
            remoteBytes));
  }

  List<CostRow> rows() {
    return rows;
  }
}
