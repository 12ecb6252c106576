package io.tierline.costanalyzer.model;

/**
 * Object-storage requests per month and their price, with the storage class's retrieval fee.
 *
 * @param putsPerMonth PUT-class requests, as S3 bills them: PUTs of logs (multipart initiate, parts
 *     and complete), index and manifest objects, and the LISTs of reads
 * @param getsPerMonth ranged GETs of chunks and indexes for historical reads
 * @param retrievedBytesPerMonth bytes read back from object storage
 * @param monthlyCost requests plus retrieval fees
 */
public record RequestCost(
    long putsPerMonth, long getsPerMonth, long retrievedBytesPerMonth, double monthlyCost) {

  public RequestCost {
    Checks.notNegative("putsPerMonth", putsPerMonth);
    Checks.notNegative("getsPerMonth", getsPerMonth);
    Checks.notNegative("retrievedBytesPerMonth", retrievedBytesPerMonth);
    Checks.notNegative("monthlyCost", monthlyCost);
  }

  public static final RequestCost ZERO = new RequestCost(0, 0, 0, 0);

  public RequestCost plus(RequestCost o) {
    return new RequestCost(
        putsPerMonth + o.putsPerMonth,
        getsPerMonth + o.getsPerMonth,
        retrievedBytesPerMonth + o.retrievedBytesPerMonth,
        monthlyCost + o.monthlyCost);
  }
}
