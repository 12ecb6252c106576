package io.tierline.costanalyzer.cli;

import io.tierline.costanalyzer.pricing.PriceCatalogLoader;
import io.tierline.costanalyzer.pricing.PriceCatalogs;

/**
 * {@code --catalog-dir DIR}: where the price catalogs are; by default {@code config/pricing}, else
 * the bundled ones.
 */
final class CatalogOption {

  static final String NAME = "catalog-dir";

  private CatalogOption() {}

  static PriceCatalogs load(CliArguments args) {
    PriceCatalogLoader loader = new PriceCatalogLoader();
    return args.path(NAME).map(loader::load).orElseGet(loader::loadDefault);
  }
}
