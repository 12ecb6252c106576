package io.tierline.reports.focus;

import java.util.function.Function;

/**
 * The columns of the CSV and Parquet reports, in file order. FOCUS names where FOCUS has the
 * concept; our own fields carry the {@code x_} prefix that FOCUS reserves for custom columns. Costs
 * are at list prices with no discounts, so BilledCost, EffectiveCost and ListCost agree.
 */
public enum FocusColumn {
  CHARGE_PERIOD_START(
      "ChargePeriodStart",
      FocusType.TIMESTAMP,
      "Start of the charge period (inclusive, UTC)",
      r -> r.row().period().start()),
  CHARGE_PERIOD_END(
      "ChargePeriodEnd",
      FocusType.TIMESTAMP,
      "End of the charge period (exclusive, UTC)",
      r -> r.row().period().end()),
  BILLING_CURRENCY(
      "BillingCurrency",
      FocusType.STRING,
      "ISO 4217 currency of every cost",
      FocusRecord::currency),
  BILLED_COST(
      "BilledCost", FocusType.DECIMAL, "Cost of the row at list prices", r -> r.row().cost()),
  EFFECTIVE_COST(
      "EffectiveCost",
      FocusType.DECIMAL,
      "Same as BilledCost (no discounts are modelled)",
      r -> r.row().cost()),
  LIST_COST("ListCost", FocusType.DECIMAL, "Same as BilledCost (list prices)", r -> r.row().cost()),
  CHARGE_CATEGORY("ChargeCategory", FocusType.STRING, "Always Usage", r -> "Usage"),
  CHARGE_DESCRIPTION(
      "ChargeDescription",
      FocusType.STRING,
      "What the row pays for, in words",
      FocusRecord::chargeDescription),
  SERVICE_CATEGORY(
      "ServiceCategory",
      FocusType.STRING,
      "Storage, Networking or Compute",
      r -> r.row().category().serviceCategory()),
  SERVICE_NAME("ServiceName", FocusType.STRING, "Always Apache Kafka", r -> "Apache Kafka"),
  RESOURCE_ID("ResourceId", FocusType.STRING, "cluster/topic", FocusRecord::resourceId),
  RESOURCE_NAME("ResourceName", FocusType.STRING, "Topic name", r -> r.row().topic()),
  RESOURCE_TYPE("ResourceType", FocusType.STRING, "Always Kafka topic", r -> "Kafka topic"),
  CONSUMED_QUANTITY(
      "ConsumedQuantity",
      FocusType.DECIMAL,
      "Amount used, in ConsumedUnit",
      r -> r.row().consumed().amount()),
  CONSUMED_UNIT(
      "ConsumedUnit", FocusType.STRING, "Unit of ConsumedQuantity", r -> r.row().consumed().unit()),
  PRICING_QUANTITY(
      "PricingQuantity",
      FocusType.DECIMAL,
      "Amount priced, in PricingUnit",
      r -> r.row().pricing().amount()),
  PRICING_UNIT(
      "PricingUnit", FocusType.STRING, "Unit of PricingQuantity", r -> r.row().pricing().unit()),
  TAGS("Tags", FocusType.STRING, "JSON object: team and labels", FocusRecord::tagsJson),
  X_CLUSTER("x_Cluster", FocusType.STRING, "Kafka cluster name", FocusRecord::cluster),
  X_COST_CATEGORY(
      "x_CostCategory",
      FocusType.STRING,
      "LOCAL_DISK, OBJECT_STORAGE, CROSS_ZONE_NETWORK, REQUESTS or COMPUTE",
      r -> r.row().category().name()),
  X_TEAM(
      "x_Team",
      FocusType.STRING,
      "Owning team (unassigned when no rule matched)",
      r -> r.row().team()),
  X_LOCAL_BYTES(
      "x_LocalBytes",
      FocusType.INT64,
      "Bytes on broker disks, all replicas",
      r -> r.row().localBytes()),
  X_REMOTE_BYTES(
      "x_RemoteBytes",
      FocusType.INT64,
      "Bytes in object storage, one copy",
      r -> r.row().remoteBytes());

  private final String columnName;
  private final FocusType type;
  private final String description;
  private final Function<FocusRecord, Object> value;

  FocusColumn(
      String columnName, FocusType type, String description, Function<FocusRecord, Object> value) {
    this.columnName = columnName;
    this.type = type;
    this.description = description;
    this.value = value;
  }

  /** The column's header in CSV and its field name in Parquet. */
  public String columnName() {
    return columnName;
  }

  public FocusType type() {
    return type;
  }

  public String description() {
    return description;
  }

  /**
   * The column's value for a record: an {@link java.time.Instant}, a {@link java.math.BigDecimal},
   * a {@link String} or a {@link Long}, as {@link #type()} says. Never null.
   */
  public Object valueOf(FocusRecord record) {
    return value.apply(record);
  }
}
