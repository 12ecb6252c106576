package io.tierline.reports;

import java.util.Optional;

/**
 * Who bills for a report's costs and where they run, in the terms finance tools group costs by.
 *
 * @param accountId the account the costs are billed to, unique within the provider
 * @param accountName that account's display name
 * @param providerName who makes the resources available, for example "AWS"
 * @param publisherName who produces them; the provider for a cloud's own services
 * @param invoiceIssuerName who invoices for them; the provider when bought directly
 * @param region where the cluster runs, when the price catalog names one region
 */
public record Billing(
    String accountId,
    String accountName,
    String providerName,
    String publisherName,
    String invoiceIssuerName,
    Optional<Region> region) {

  /** A provider's region: its identifier, such as "us-east-1", and its name. */
  public record Region(String id, String name) {
    public Region {
      Checks.text(id, "billing.region.id");
      Checks.text(name, "billing.region.name");
    }
  }

  public Billing {
    Checks.text(accountId, "billing.accountId");
    Checks.text(accountName, "billing.accountName");
    Checks.text(providerName, "billing.providerName");
    Checks.text(publisherName, "billing.publisherName");
    Checks.text(invoiceIssuerName, "billing.invoiceIssuerName");
    Checks.required(region, "billing.region");
  }
}
