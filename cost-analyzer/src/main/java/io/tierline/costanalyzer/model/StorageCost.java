package io.tierline.costanalyzer.model;

/**
 * What a workload keeps and what keeping it costs per month.
 *
 * @param localBytes bytes on broker disks, all replicas
 * @param provisionedBytes disk paid for: local bytes ÷ (1 − disk free fraction)
 * @param remoteBytes bytes in object storage, one copy
 * @param billedRemoteBytes bytes object storage bills for: the remote bytes, or more when objects
 *     are deleted before the storage class's minimum duration
 * @param diskMonthlyCost provisioned disk at the disk price
 * @param objectMonthlyCost object storage, including the class's minimum storage duration
 */
public record StorageCost(
    long localBytes,
    long provisionedBytes,
    long remoteBytes,
    long billedRemoteBytes,
    double diskMonthlyCost,
    double objectMonthlyCost) {

  public StorageCost {
    Checks.notNegative("localBytes", localBytes);
    Checks.notNegative("provisionedBytes", provisionedBytes);
    Checks.notNegative("remoteBytes", remoteBytes);
    Checks.notNegative("billedRemoteBytes", billedRemoteBytes);
    Checks.notNegative("diskMonthlyCost", diskMonthlyCost);
    Checks.notNegative("objectMonthlyCost", objectMonthlyCost);
  }

  public static final StorageCost ZERO = new StorageCost(0, 0, 0, 0, 0, 0);

  /** Storage whose object storage bills exactly the bytes it holds. */
  public StorageCost(
      long localBytes,
      long provisionedBytes,
      long remoteBytes,
      double diskMonthlyCost,
      double objectMonthlyCost) {
    this(
        localBytes, provisionedBytes, remoteBytes, remoteBytes, diskMonthlyCost, objectMonthlyCost);
  }

  public double monthlyCost() {
    return diskMonthlyCost + objectMonthlyCost;
  }

  public StorageCost plus(StorageCost o) {
    return new StorageCost(
        localBytes + o.localBytes,
        provisionedBytes + o.provisionedBytes,
        remoteBytes + o.remoteBytes,
        billedRemoteBytes + o.billedRemoteBytes,
        diskMonthlyCost + o.diskMonthlyCost,
        objectMonthlyCost + o.objectMonthlyCost);
  }
}
