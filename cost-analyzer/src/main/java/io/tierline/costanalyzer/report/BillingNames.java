package io.tierline.costanalyzer.report;

import java.util.Optional;

/**
 * The billing account and parties the service's configuration names for the reports' FOCUS columns;
 * each one left empty takes its documented default (the cluster's name, the price catalog's
 * provider).
 */
public record BillingNames(
    Optional<String> accountId,
    Optional<String> accountName,
    Optional<String> providerName,
    Optional<String> publisherName,
    Optional<String> invoiceIssuerName) {

  /** No names configured: every default applies. */
  public static BillingNames defaults() {
    return new BillingNames(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** From values that may be null (not configured). */
  public static BillingNames of(
      String accountId,
      String accountName,
      String providerName,
      String publisherName,
      String invoiceIssuerName) {
    return new BillingNames(
        Optional.ofNullable(accountId),
        Optional.ofNullable(accountName),
        Optional.ofNullable(providerName),
        Optional.ofNullable(publisherName),
        Optional.ofNullable(invoiceIssuerName));
  }
}
