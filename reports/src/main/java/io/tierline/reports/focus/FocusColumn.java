package io.tierline.reports.focus;

import io.tierline.reports.Billing;
import java.util.function.Function;

/**
 * The columns of the CSV and Parquet reports, in file order: the FOCUS 1.2 columns first, then ours
 * with the {@code x_} prefix that FOCUS reserves for custom columns. Costs are at list prices with
 * no discounts or negotiated rates, so BilledCost, EffectiveCost, ListCost and ContractedCost
 * agree. Where FOCUS asks for something an estimate cannot know (an invoice, a commitment), the
 * column is empty (null), as the specification allows.
 */
public enum FocusColumn {
  BILLING_ACCOUNT_ID(
      "BillingAccountId",
      FocusType.STRING,
      "Account the costs are billed to: `billing.accountId`, else the cluster's name",
      r -> r.report().billing().accountId()),
  BILLING_ACCOUNT_NAME(
      "BillingAccountName",
      FocusType.STRING,
      "Its display name: `billing.accountName`, else the cluster's name",
      r -> r.report().billing().accountName()),
  BILLING_PERIOD_START(
      "BillingPeriodStart",
      FocusType.TIMESTAMP,
      "Start of the calendar month (UTC) the charge period falls in, inclusive",
      r -> r.row().period().billingPeriod().start()),
  BILLING_PERIOD_END(
      "BillingPeriodEnd",
      FocusType.TIMESTAMP,
      "End of that month, exclusive",
      r -> r.row().period().billingPeriod().end()),
  CHARGE_PERIOD_START(
      "ChargePeriodStart",
      FocusType.TIMESTAMP,
      "Start of the period the row prices (inclusive, UTC): the month an estimate is for",
      r -> r.row().period().start()),
  CHARGE_PERIOD_END(
      "ChargePeriodEnd",
      FocusType.TIMESTAMP,
      "End of that period (exclusive, UTC)",
      r -> r.row().period().end()),
  BILLING_CURRENCY(
      "BillingCurrency",
      FocusType.STRING,
      "ISO 4217 currency of every cost",
      r -> r.report().currency()),
  BILLED_COST(
      "BilledCost",
      FocusType.DECIMAL,
      "Cost of the row at list prices: ListUnitPrice × PricingQuantity, exactly",
      r -> r.row().cost()),
  EFFECTIVE_COST(
      "EffectiveCost",
      FocusType.DECIMAL,
      "Same as BilledCost (no discounts are modelled)",
      r -> r.row().cost()),
  LIST_COST("ListCost", FocusType.DECIMAL, "Same as BilledCost (list prices)", r -> r.row().cost()),
  CONTRACTED_COST(
      "ContractedCost",
      FocusType.DECIMAL,
      "Same as BilledCost (no negotiated prices are modelled)",
      r -> r.row().cost()),
  LIST_UNIT_PRICE(
      "ListUnitPrice",
      FocusType.PRICE,
      "Catalog price of one PricingUnit (a volume-tiered price: the tier's price, one row per"
          + " tier)",
      r -> r.row().sku().listUnitPrice()),
  CONTRACTED_UNIT_PRICE(
      "ContractedUnitPrice",
      FocusType.PRICE,
      "Same as ListUnitPrice",
      r -> r.row().sku().listUnitPrice()),
  CHARGE_CATEGORY("ChargeCategory", FocusType.STRING, "Always Usage", r -> "Usage"),
  CHARGE_CLASS(
      "ChargeClass",
      FocusType.STRING,
      true,
      "Always empty (null): no row corrects an earlier one",
      r -> null),
  CHARGE_FREQUENCY("ChargeFrequency", FocusType.STRING, "Always Usage-Based", r -> "Usage-Based"),
  CHARGE_DESCRIPTION(
      "ChargeDescription",
      FocusType.STRING,
      "What the row pays for, in words",
      FocusRecord::chargeDescription),
  PRICING_CATEGORY(
      "PricingCategory",
      FocusType.STRING,
      "Always Standard (on-demand list prices)",
      r -> "Standard"),
  PRICING_CURRENCY(
      "PricingCurrency", FocusType.STRING, "Same as BillingCurrency", r -> r.report().currency()),
  PRICING_CURRENCY_LIST_UNIT_PRICE(
      "PricingCurrencyListUnitPrice",
      FocusType.PRICE,
      "Same as ListUnitPrice (prices are in the billing currency)",
      r -> r.row().sku().listUnitPrice()),
  PRICING_CURRENCY_CONTRACTED_UNIT_PRICE(
      "PricingCurrencyContractedUnitPrice",
      FocusType.PRICE,
      "Same as ListUnitPrice",
      r -> r.row().sku().listUnitPrice()),
  PRICING_CURRENCY_EFFECTIVE_COST(
      "PricingCurrencyEffectiveCost",
      FocusType.DECIMAL,
      "Same as EffectiveCost",
      r -> r.row().cost()),
  PROVIDER_NAME(
      "ProviderName",
      FocusType.STRING,
      "`billing.providerName`, else the price catalog's provider",
      r -> r.report().billing().providerName()),
  PUBLISHER_NAME(
      "PublisherName",
      FocusType.STRING,
      "`billing.publisherName`, else the provider",
      r -> r.report().billing().publisherName()),
  INVOICE_ISSUER_NAME(
      "InvoiceIssuerName",
      FocusType.STRING,
      "`billing.invoiceIssuerName`, else the provider",
      r -> r.report().billing().invoiceIssuerName()),
  INVOICE_ID(
      "InvoiceId",
      FocusType.STRING,
      true,
      "Always empty (null): an estimate is on no invoice",
      r -> null),
  SERVICE_CATEGORY(
      "ServiceCategory",
      FocusType.STRING,
      "Storage, Networking or Compute: one per ServiceName",
      r -> r.row().category().serviceCategory()),
  SERVICE_SUBCATEGORY(
      "ServiceSubcategory",
      FocusType.STRING,
      "Block Storage, Object Storage, Network Connectivity or Virtual Machines",
      r -> r.row().category().serviceSubcategory()),
  SERVICE_NAME(
      "ServiceName",
      FocusType.STRING,
      "Kafka broker disks, Kafka tiered storage, Kafka cross-zone traffic or Kafka brokers",
      r -> r.row().category().serviceName()),
  RESOURCE_ID("ResourceId", FocusType.STRING, "cluster/topic", FocusRecord::resourceId),
  RESOURCE_NAME("ResourceName", FocusType.STRING, "Topic name", r -> r.row().topic()),
  RESOURCE_TYPE("ResourceType", FocusType.STRING, "Always Kafka topic", r -> "Kafka topic"),
  REGION_ID(
      "RegionId",
      FocusType.STRING,
      true,
      "The price catalog's region; empty (null) when it names none",
      r -> r.report().billing().region().map(Billing.Region::id).orElse(null)),
  REGION_NAME(
      "RegionName",
      FocusType.STRING,
      true,
      "That region's name; empty (null) with RegionId",
      r -> r.report().billing().region().map(Billing.Region::name).orElse(null)),
  AVAILABILITY_ZONE(
      "AvailabilityZone",
      FocusType.STRING,
      true,
      "Always empty (null): a topic's replicas span the cluster's zones",
      r -> null),
  SKU_ID(
      "SkuId", FocusType.STRING, "Price catalog item: catalog/kind/item", r -> r.row().sku().id()),
  SKU_PRICE_ID(
      "SkuPriceId",
      FocusType.STRING,
      "The item's price: SkuId/date the price was read",
      r -> r.row().sku().priceId()),
  SKU_METER("SkuMeter", FocusType.STRING, "What is measured, in words", r -> r.row().sku().meter()),
  SKU_PRICE_DETAILS(
      "SkuPriceDetails",
      FocusType.STRING,
      "JSON object: the catalog, the price's source and date (`x_` keys)",
      FocusRecord::skuPriceDetailsJson),
  COMMITMENT_DISCOUNT_ID(
      "CommitmentDiscountId",
      FocusType.STRING,
      true,
      "Always empty (null): no commitment discounts are modelled",
      r -> null),
  COMMITMENT_DISCOUNT_STATUS(
      "CommitmentDiscountStatus",
      FocusType.STRING,
      true,
      "Always empty (null), as CommitmentDiscountId",
      r -> null),
  CONSUMED_QUANTITY(
      "ConsumedQuantity",
      FocusType.DECIMAL,
      "Amount used, in ConsumedUnit (local disk: data kept, before free headroom)",
      r -> r.row().consumed().amount()),
  CONSUMED_UNIT(
      "ConsumedUnit",
      FocusType.STRING,
      "GiB-Months, GiB, Requests or Hours (GB instead of GiB for a decimal `gigabyteBytes`)",
      r -> r.row().consumed().unit()),
  PRICING_QUANTITY(
      "PricingQuantity",
      FocusType.DECIMAL,
      "Amount priced, in PricingUnit (local disk: provisioned)",
      r -> r.row().pricing().amount()),
  PRICING_UNIT(
      "PricingUnit",
      FocusType.STRING,
      "GiB-Months, GiB, 1000 Requests or Hours (GB instead of GiB as above)",
      r -> r.row().pricing().unit()),
  TAGS("Tags", FocusType.STRING, "JSON object: team and labels", FocusRecord::tagsJson),
  X_CLUSTER("x_Cluster", FocusType.STRING, "Kafka cluster name", r -> r.report().cluster()),
  X_TEAM(
      "x_Team",
      FocusType.STRING,
      "Owning team (unassigned when no rule matched): filter or group by it for chargeback",
      r -> r.row().team()),
  X_COST_CATEGORY(
      "x_CostCategory",
      FocusType.STRING,
      "LOCAL_DISK, OBJECT_STORAGE, CROSS_ZONE_NETWORK, REQUESTS or COMPUTE",
      r -> r.row().category().name()),
  X_COST_BASIS(
      "x_CostBasis",
      FocusType.STRING,
      "Estimate (a month's cost from the cluster's settings and rates) or Measured",
      r -> r.report().basis().kind().label()),
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
  private final boolean nullable;
  private final String description;
  private final Function<FocusRecord, Object> value;

  FocusColumn(
      String columnName, FocusType type, String description, Function<FocusRecord, Object> value) {
    this(columnName, type, false, description, value);
  }

  FocusColumn(
      String columnName,
      FocusType type,
      boolean nullable,
      String description,
      Function<FocusRecord, Object> value) {
    this.columnName = columnName;
    this.type = type;
    this.nullable = nullable;
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

  /** Whether the column may be empty: an empty CSV field, an absent Parquet value. */
  public boolean nullable() {
    return nullable;
  }

  public String description() {
    return description;
  }

  /**
   * The column's value for a record: an {@link java.time.Instant}, a {@link java.math.BigDecimal},
   * a {@link String} or a {@link Long}, as {@link #type()} says; null only in a {@link #nullable()}
   * column.
   */
  public Object valueOf(FocusRecord record) {
    return value.apply(record);
  }
}
