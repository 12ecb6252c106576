package io.tierline.costanalyzer.pricing;

import io.tierline.costanalyzer.model.BrokerType;
import io.tierline.costanalyzer.model.Prices;
import java.util.Map;
import java.util.TreeMap;

/**
 * One provider's and region's prices, as loaded from {@code config/pricing/<name>.yaml}. The
 * defaults name the disk type and object storage class used when a request names none; both must
 * exist in the catalog.
 *
 * @param region the provider's identifier of the region, for example {@code us-east-1}
 * @param regionName the region's name, for example "US East (N. Virginia)"; the identifier when the
 *     file gives none
 */
public record PriceCatalog(
    String name,
    String provider,
    String region,
    String regionName,
    String currency,
    Defaults defaults,
    Map<String, DiskType> diskTypes,
    Map<String, ObjectStorageClass> objectStorageClasses,
    RequestPrices requests,
    CrossZonePrice crossZone,
    Map<String, InstanceType> instanceTypes) {

  /** The disk type and storage class a request gets unless it names others. */
  public record Defaults(String diskType, String objectStorageClass) {
    public Defaults {
      required("diskType", diskType);
      required("objectStorageClass", objectStorageClass);
    }
  }

  public PriceCatalog {
    required("name", name);
    required("provider", provider);
    required("region", region);
    regionName = regionName == null || regionName.isBlank() ? region : regionName;
    required("currency", currency);
    required("defaults", defaults);
    diskTypes = nonEmpty("diskTypes", diskTypes);
    objectStorageClasses = nonEmpty("objectStorageClasses", objectStorageClasses);
    required("requests", requests);
    required("crossZone", crossZone);
    instanceTypes = instanceTypes == null ? Map.of() : new TreeMap<>(instanceTypes);
    if (!diskTypes.containsKey(defaults.diskType())) {
      throw new IllegalArgumentException(
          "defaults.diskType: \""
              + defaults.diskType()
              + "\" is not one of diskTypes "
              + diskTypes.keySet());
    }
    if (!objectStorageClasses.containsKey(defaults.objectStorageClass())) {
      throw new IllegalArgumentException(
          "defaults.objectStorageClass: \""
              + defaults.objectStorageClass()
              + "\" is not one of objectStorageClasses "
              + objectStorageClasses.keySet());
    }
  }

  public DiskType diskType(String type) {
    DiskType d = diskTypes.get(type);
    if (d == null) {
      throw new IllegalArgumentException(
          "diskType: \""
              + type
              + "\" is not in catalog "
              + name
              + " (known: "
              + diskTypes.keySet()
              + ")");
    }
    return d;
  }

  public ObjectStorageClass objectStorageClass(String type) {
    ObjectStorageClass c = objectStorageClasses.get(type);
    if (c == null) {
      throw new IllegalArgumentException(
          "objectStorageClass: \""
              + type
              + "\" is not in catalog "
              + name
              + " (known: "
              + objectStorageClasses.keySet()
              + ")");
    }
    return c;
  }

  /** A broker instance type of this catalog, as the model prices it. */
  public BrokerType brokerType(String type) {
    InstanceType t = instanceTypes.get(type);
    if (t == null) {
      throw new IllegalArgumentException(
          "instanceType: \""
              + type
              + "\" is not in catalog "
              + name
              + " (known: "
              + instanceTypes.keySet()
              + ")");
    }
    return new BrokerType(type, t.pricePerHour(), t.networkGbps());
  }

  /**
   * The model's prices for a disk type and storage class of this catalog (the class's request
   * prices first).
   */
  public Prices prices(String disk, String storageClass) {
    ObjectStorageClass c = objectStorageClass(storageClass);
    RequestPrices r = c.requests() != null ? c.requests() : requests;
    return new Prices(
        diskType(disk).pricePerGbMonth(),
        c.rate(),
        c.retrievalPerGb(),
        c.minimumDurationDays(),
        crossZone.pricePerGb(),
        r.putPer1000(),
        r.getPer1000(),
        c.minimumObjectKb() * 1024,
        c.monitoringPer1000Objects(),
        c.ageTiers().stream()
            .map(t -> new Prices.AgeTier(t.afterDays(), t.pricePerGbMonth()))
            .toList());
  }

  private static void required(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new IllegalArgumentException(field + ": is required");
    }
  }

  private static <V> Map<String, V> nonEmpty(String field, Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      throw new IllegalArgumentException(field + ": is required (at least one entry)");
    }
    for (Map.Entry<String, V> e : map.entrySet()) {
      if (e.getValue() == null) {
        throw new IllegalArgumentException(field + "." + e.getKey() + ": is empty");
      }
    }
    return new TreeMap<>(map);
  }
}
