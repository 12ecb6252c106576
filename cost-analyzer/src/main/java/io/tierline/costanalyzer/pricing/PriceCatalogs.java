package io.tierline.costanalyzer.pricing;

import io.tierline.costanalyzer.errors.InvalidInputException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The price catalogs loaded at start-up, by name. */
public final class PriceCatalogs {

  private final Map<String, PriceCatalog> byName;

  public PriceCatalogs(Map<String, PriceCatalog> byName) {
    this.byName = new TreeMap<>(byName);
  }

  /** The catalog of that name, or an error naming the known ones. */
  public PriceCatalog get(String name) {
    PriceCatalog c = byName.get(name);
    if (c == null) {
      throw new InvalidInputException(
          "priceCatalog: unknown catalog \"" + name + "\" (known: " + names() + ")");
    }
    return c;
  }

  public Set<String> names() {
    return byName.keySet();
  }
}
