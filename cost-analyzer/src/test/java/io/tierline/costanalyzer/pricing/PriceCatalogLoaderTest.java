package io.tierline.costanalyzer.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.costanalyzer.errors.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCatalogLoaderTest {

  /** The catalogs shipped in config/pricing, as the module's tests see them. */
  static final Path SHIPPED = Path.of("..", "config", "pricing");

  private final PriceCatalogLoader loader = new PriceCatalogLoader();

  @TempDir Path dir;

  @Test
  void load_shippedCatalogs_allFourValidateAndPriceTheDefaults() {
    PriceCatalogs catalogs = loader.load(SHIPPED);

    assertThat(catalogs.names())
        .containsExactly("aws-us-east-1", "azure-eastus", "gcp-us-central1", "onprem");
    PriceCatalog aws = catalogs.get("aws-us-east-1");
    assertThat(aws.prices("gp3", "standard").diskPerGbMonth()).isEqualTo(0.08);
    assertThat(aws.prices("gp3", "standard").crossAzPerGb()).isEqualTo(0.02);
    assertThat(aws.objectStorageClass("standard").rate().monthlyCost(51_200))
        .isEqualTo(51_200 * 0.023);
    assertThat(aws.objectStorageClass("standard-ia").minimumDurationDays()).isEqualTo(30.0);
    assertThat(aws.prices("gp3", "standard-ia").putPer1000()).isEqualTo(0.01);
    assertThat(aws.prices("gp3", "standard").putPer1000()).isEqualTo(0.005);
    assertThat(aws.instanceTypes()).isNotEmpty();
  }

  @Test
  void loadBundled_fromTheClasspath_findsTheSameCatalogs() {
    assertThat(loader.loadBundled().names()).isEqualTo(loader.load(SHIPPED).names());
  }

  @Test
  void get_unknownCatalog_namesTheKnownOnes() {
    assertThatThrownBy(() -> loader.load(SHIPPED).get("aws-mars-1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("priceCatalog: unknown catalog \"aws-mars-1\"")
        .hasMessageContaining("aws-us-east-1");
  }

  @Test
  void load_negativePrice_namesFileAndEntry() throws IOException {
    write("aws-us-east-1", "pricePerGbMonth: 0.08,", "pricePerGbMonth: -0.08,");

    assertThatThrownBy(() -> loader.load(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "aws-us-east-1.yaml: diskTypes.gp3.pricePerGbMonth: must be a price >= 0, was -0.08");
  }

  @Test
  void load_missingPrice_namesFileAndEntry() throws IOException {
    write("aws-us-east-1", "  putPer1000: 0.005\n", "");

    assertThatThrownBy(() -> loader.load(dir))
        .hasMessage("aws-us-east-1.yaml: requests.putPer1000: is required (a price >= 0)");
  }

  @Test
  void load_priceWithoutSource_isRejected() throws IOException {
    write(
        "gcp-us-central1",
        "  source: \"https://cloud.google.com/vpc/network-pricing",
        "  sourc: \"x");

    assertThatThrownBy(() -> loader.load(dir))
        .hasMessageStartingWith("gcp-us-central1.yaml: crossZone");
  }

  @Test
  void load_fileNameDiffersFromName_isRejected() throws IOException {
    Files.writeString(dir.resolve("other.yaml"), Files.readString(SHIPPED.resolve("onprem.yaml")));

    assertThatThrownBy(() -> loader.load(dir))
        .hasMessage("other.yaml: name: must be \"other\" (the file's name)");
  }

  private void write(String catalog, String from, String to) throws IOException {
    String text = Files.readString(SHIPPED.resolve(catalog + ".yaml"));
    assertThat(text).contains(from);
    Files.writeString(
        dir.resolve(catalog + ".yaml"),
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }
}
