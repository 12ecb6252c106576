package io.tierline.costanalyzer.analysis;

import io.tierline.costanalyzer.api.AnalysisResponse;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.SnapshotLoader;
import io.tierline.costanalyzer.inventory.TopicSnapshot;
import io.tierline.costanalyzer.json.ObjectMappers;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.pricing.PriceCatalogLoader;
import io.tierline.costanalyzer.recommend.RuleSettings;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * Times {@code analyze} of a generated 10,000-topic, 200,000-partition cluster: the model and
 * recommender (what the target of ≤ 1 s is about) and, apart, reading the snapshot from YAML.
 * Beside it, a trivial pass over the same topics as a baseline, measured in the same run; medians
 * of several runs after a warm-up.
 *
 * <p>Run: {@code mvn -B -q -pl cost-analyzer -am -DskipTests package && java -cp
 * cost-analyzer/target/cost-analyzer.jar:cost-analyzer/target/test-classes
 * io.tierline.costanalyzer.analysis.AnalyzeBenchmark [topics] [runs]}
 */
public final class AnalyzeBenchmark {

  private AnalyzeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int topics = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    ClusterSnapshot generated = SyntheticClusters.generate(topics, 42);
    byte[] file = ObjectMappers.yaml().writeValueAsBytes(generated);
    byte[] jsonFile = ObjectMappers.json().writeValueAsBytes(generated);
    PriceCatalog catalog = new PriceCatalogLoader().loadDefault().get("aws-us-east-1");
    ClusterAnalyzer analyzer =
        new ClusterAnalyzer(EstimateDefaults.standard(), RuleSettings.defaults());
    SnapshotLoader loader = new SnapshotLoader();
    ClusterSnapshot snapshot = loader.read("generated", file);
    int partitions = snapshot.topics().stream().mapToInt(TopicSnapshot::partitions).sum();

    double[] result = new double[1];
    DoubleSupplier baselineRun =
        () ->
            time(
                () -> {
                  double sum = 0;
                  for (TopicSnapshot t : snapshot.topics()) {
                    sum += t.ingressBytesPerSecond() * t.partitions() * t.replicationFactor();
                  }
                  return sum;
                });
    DoubleSupplier modelRun =
        () ->
            time(
                () -> {
                  ClusterAnalysis a = analyzer.analyze(snapshot, catalog);
                  result[0] = a.topics().stream().mapToInt(t -> t.recommendations().size()).sum();
                  return a.total().totalMonthlyCost();
                });
    DoubleSupplier jsonRun =
        () -> time(() -> AnalysisResponse.of(analyzer.analyze(snapshot, catalog)).topics().size());
    DoubleSupplier yamlRun = () -> time(() -> loader.read("generated", file).topics().size());
    DoubleSupplier jsonFileRun =
        () -> time(() -> loader.read("generated", jsonFile).topics().size());
    // Interleaved, so that the shared machine's load falls on every measurement alike.
    double[][] samples = interleaved(runs, baselineRun, modelRun, jsonRun, yamlRun, jsonFileRun);
    double baseline = median(samples[0]);
    double model = median(samples[1]);
    double json = median(samples[2]);
    double parse = median(samples[3]);
    double parseJson = median(samples[4]);

    System.out.printf(
        Locale.ROOT,
        "analyze benchmark: %,d topics, %,d partitions, %,d YAML bytes, %d runs (medians)%n",
        snapshot.topics().size(),
        partitions,
        file.length,
        runs);
    System.out.printf(
        Locale.ROOT,
        "  model + recommender   %8.1f ms  (%,.0f recommendations)  %s%n",
        model,
        result[0],
        model <= 1000 ? "within the 1 s target" : "OVER the 1 s target");
    System.out.printf(Locale.ROOT, "  model + JSON answer   %8.1f ms%n", json);
    System.out.printf(
        Locale.ROOT,
        "  reading the snapshot  %8.1f ms as YAML, %.1f ms as JSON%n",
        parse,
        parseJson);
    System.out.printf(
        Locale.ROOT,
        "  baseline (sum rates)  %8.3f ms  model/baseline = %,.0fx%n",
        baseline,
        model / baseline);
  }

  private static double time(DoubleSupplier work) {
    long start = System.nanoTime();
    double sink = work.getAsDouble();
    long elapsed = System.nanoTime() - start;
    if (Double.isNaN(sink)) {
      System.out.print("");
    }
    return elapsed / 1e6;
  }

  private static double[][] interleaved(int runs, DoubleSupplier... measures) {
    for (int warm = 0; warm < 3; warm++) {
      for (DoubleSupplier m : measures) {
        m.getAsDouble();
      }
    }
    double[][] samples = new double[measures.length][runs];
    for (int i = 0; i < runs; i++) {
      for (int m = 0; m < measures.length; m++) {
        samples[m][i] = measures[m].getAsDouble();
      }
    }
    return samples;
  }

  private static double median(double[] samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
