package io.tierline.reports;

/** What a cost pays for. The labels are the plain words a finance reader sees. */
public enum CostCategory {
  LOCAL_DISK(
      "Local disk", "Storage", "Broker disks that hold recent data, including free headroom"),
  OBJECT_STORAGE("Object storage", "Storage", "Older data kept in object storage (for example S3)"),
  CROSS_ZONE_NETWORK(
      "Cross-zone network",
      "Networking",
      "Data sent between data-centre zones by producers, replication and consumers"),
  REQUESTS("Storage requests", "Storage", "Read and write requests to object storage"),
  COMPUTE("Compute", "Compute", "Broker servers' share of the cluster");

  private final String label;
  private final String serviceCategory;
  private final String description;

  CostCategory(String label, String serviceCategory, String description) {
    this.label = label;
    this.serviceCategory = serviceCategory;
    this.description = description;
  }

  /** Plain-words name, for example "Cross-zone network". */
  public String label() {
    return label;
  }

  /** The FOCUS service category this cost falls under: Storage, Networking or Compute. */
  public String serviceCategory() {
    return serviceCategory;
  }

  /** One sentence that says what the money pays for. */
  public String description() {
    return description;
  }
}
