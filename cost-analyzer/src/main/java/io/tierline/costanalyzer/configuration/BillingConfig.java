package io.tierline.costanalyzer.configuration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tierline.settingsdocs.Setting;
import jakarta.validation.constraints.AssertTrue;
import java.util.stream.Stream;

/**
 * Who the reports' costs are billed to and by: the FOCUS billing account, provider, publisher and
 * invoice issuer columns. Tierline cannot know them, so each has a default a finance team can
 * replace; every value set must be non-blank. A getter returns null for a value not set.
 */
public class BillingConfig {

  @Setting(
      value = "FOCUS BillingAccountId: the account the cluster's costs are billed to",
      defaultText = "the cluster's name")
  private String accountId;

  @Setting(
      value = "FOCUS BillingAccountName: that account's name",
      defaultText = "the cluster's name")
  private String accountName;

  @Setting(
      value = "FOCUS ProviderName: who makes the priced resources available",
      defaultText = "the price catalog's `provider`")
  private String providerName;

  @Setting(value = "FOCUS PublisherName: who produces them", defaultText = "the provider")
  private String publisherName;

  @Setting(value = "FOCUS InvoiceIssuerName: who invoices for them", defaultText = "the provider")
  private String invoiceIssuerName;

  @JsonProperty
  public String getAccountId() {
    return accountId;
  }

  @JsonProperty
  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  @JsonProperty
  public String getAccountName() {
    return accountName;
  }

  @JsonProperty
  public void setAccountName(String accountName) {
    this.accountName = accountName;
  }

  @JsonProperty
  public String getProviderName() {
    return providerName;
  }

  @JsonProperty
  public void setProviderName(String providerName) {
    this.providerName = providerName;
  }

  @JsonProperty
  public String getPublisherName() {
    return publisherName;
  }

  @JsonProperty
  public void setPublisherName(String publisherName) {
    this.publisherName = publisherName;
  }

  @JsonProperty
  public String getInvoiceIssuerName() {
    return invoiceIssuerName;
  }

  @JsonProperty
  public void setInvoiceIssuerName(String invoiceIssuerName) {
    this.invoiceIssuerName = invoiceIssuerName;
  }

  @JsonIgnore
  @AssertTrue(message = "names that are set must not be blank")
  public boolean isNoBlankName() {
    return Stream.of(accountId, accountName, providerName, publisherName, invoiceIssuerName)
        .allMatch(value -> value == null || !value.isBlank());
  }
}
