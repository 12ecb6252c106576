package io.tierline.reports;

/**
 * What a cost pays for. The labels are the plain words a finance reader sees; the service name,
 * category and subcategory are what the FOCUS columns carry. Each service name belongs to exactly
 * one service category and subcategory, as FOCUS requires.
 */
public enum CostCategory {
  LOCAL_DISK(
      "Local disk",
      "Kafka broker disks",
      "Storage",
      "Block Storage",
      "Broker disks that hold recent data, including free headroom"),
  OBJECT_STORAGE(
      "Object storage",
      "Kafka tiered storage",
      "Storage",
      "Object Storage",
      "Older data kept in object storage (for example S3)"),
  CROSS_ZONE_NETWORK(
      "Cross-zone network",
      "Kafka cross-zone traffic",
      "Networking",
      "Network Connectivity",
      "Data sent between data-centre zones by producers, replication and consumers"),
  REQUESTS(
      "Storage requests",
      "Kafka tiered storage",
      "Storage",
      "Object Storage",
      "Read and write requests to object storage"),
  COMPUTE(
      "Compute",
      "Kafka brokers",
      "Compute",
      "Virtual Machines",
      "Broker servers' share of the cluster");

  private final String label;
  private final String serviceName;
  private final String serviceCategory;
  private final String serviceSubcategory;
  private final String description;

  CostCategory(
      String label,
      String serviceName,
      String serviceCategory,
      String serviceSubcategory,
      String description) {
    this.label = label;
    this.serviceName = serviceName;
    this.serviceCategory = serviceCategory;
    this.serviceSubcategory = serviceSubcategory;
    this.description = description;
  }

  /** Plain-words name, for example "Cross-zone network". */
  public String label() {
    return label;
  }

  /** The FOCUS service name, for example "Kafka tiered storage". */
  public String serviceName() {
    return serviceName;
  }

  /** The FOCUS service category of the service name: Storage, Networking or Compute. */
  public String serviceCategory() {
    return serviceCategory;
  }

  /** The FOCUS service subcategory of the service name, for example "Object Storage". */
  public String serviceSubcategory() {
    return serviceSubcategory;
  }

  /** One sentence that says what the money pays for. */
  public String description() {
    return description;
  }
}
