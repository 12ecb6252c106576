package io.tierline.costanalyzer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate load generator (a benchmark, not a test): sends GETs at a steady rate and measures
 * each latency from when the request was due, so a stalled server cannot hide its queueing. It
 * measures {@code /costs} and, in the same run, {@code /clusters} as the baseline (the same server,
 * cache and conditional logic, a tiny body). Run against a started service:
 *
 * <pre>java cost-analyzer/src/test/java/io/tierline/costanalyzer/bench/CostsLoadBenchmark.java \
 *     http://127.0.0.1:8080 prod-use1 1000 20</pre>
 */
public final class CostsLoadBenchmark {

  static final int WORKERS = 16;

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    String cluster = args.length > 1 ? args[1] : "prod-use1";
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String costs = base + "/api/v1/clusters/" + cluster + "/costs";
    String baseline = base + "/api/v1/clusters";
    run(client, costs, rate, 3, false);
    run(client, baseline, rate, 3, false);
    Result c = run(client, costs, rate, seconds, true);
    Result b = run(client, baseline, rate, seconds, true);
    System.out.printf(
        "%-10s %8s %9s %9s %9s %7s%n", "endpoint", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
    print("/costs", c);
    print("/clusters", b);
    System.out.printf(
        "ratio /costs ÷ /clusters: p50 %.2f, p99 %.2f%n", c.p50 / b.p50, c.p99 / b.p99);
  }

  record Result(double rate, double p50, double p99, double max, int errors) {}

  /**
   * {@code WORKERS} threads, each on its own kept-alive connection, each sending its share of the
   * rate on a fixed schedule; a late request still counts from when it was due.
   */
  static Result run(HttpClient ignored, String url, int rate, int seconds, boolean measure)
      throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    long perWorker = (long) rate * seconds / WORKERS;
    long intervalNanos = 1_000_000_000L * WORKERS / rate;
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      long offset = intervalNanos * w / WORKERS;
      Thread t =
          new Thread(
              () -> {
                HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request =
                    HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build();
                for (long i = 0; i < perWorker; i++) {
                  long due = start + offset + i * intervalNanos;
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    LockSupport.parkNanos(wait);
                  }
                  try {
                    HttpResponse<Void> r =
                        client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                      latencies.add(System.nanoTime() - due);
                    } else {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    if (!measure || sorted.isEmpty()) {
      return new Result(0, 0, 0, 0, errors.get());
    }
    return new Result(
        sorted.size() / elapsed,
        ms(sorted, 0.50),
        ms(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1e6,
        errors.get());
  }

  static double ms(List<Long> sorted, double q) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
  }

  static void print(String name, Result r) {
    System.out.printf(
        "%-10s %8.0f %9.2f %9.2f %9.2f %7d%n", name, r.rate, r.p50, r.p99, r.max, r.errors);
  }
}
