package io.tierline.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar sandbox/target/tierline-sandbox.jar}: starts the sandbox, says where to look,
 * reports when the first segments reach the bucket, and stops everything on Ctrl-C.
 */
public final class SandboxMain {
  private static final Duration STATUS_EVERY = Duration.ofMinutes(1);

  private SandboxMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    SandboxOptions options;
    try {
      options = SandboxOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(SandboxOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      out.println(SandboxOptions.USAGE);
      return;
    }
    // Before the first logger: the sandbox's own log goes into its folder, and logback's notes
    // about itself (the cost service's jar has a logback.xml of its own) stay off the console.
    System.setProperty("tierline.sandbox.log", options.data().resolve("sandbox.log").toString());
    System.setProperty("logback.configurationFile", "tierline-sandbox-logback.xml");
    System.setProperty(
        "logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
    out.println("Tierline sandbox: " + options.data());
    Sandbox sandbox;
    try {
      sandbox = Sandbox.start(options, SandboxHome.locate(), out);
    } catch (Exception e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("(details in " + options.data().resolve("sandbox.log") + ")");
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.println("Stopping the sandbox ...");
                  try {
                    sandbox.close();
                    out.println("Stopped. The data stays in " + options.data() + ".");
                  } catch (RuntimeException e) {
                    System.err.println("error: " + e.getMessage());
                  } finally {
                    stopped.countDown();
                  }
                },
                "sandbox-stop"));
    printWhereToLook(sandbox, out);
    watch(sandbox, out, stopped);
  }

  private static void printWhereToLook(Sandbox sandbox, PrintStream out) {
    String rest = sandbox.restUrl();
    String cluster = rest + "/clusters/" + CostService.CLUSTER;
    Path folder = sandbox.folder().root();
    out.println();
    out.println("Ready" + (sandbox.reused() ? " (the earlier run's data is kept)" : "") + ":");
    out.println("  costs (JSON)   " + cluster + "/costs");
    out.println("  report (HTML)  " + cluster + "/report?format=html");
    out.println("  OpenAPI        " + rest + "/openapi.yaml");
    out.println("  objects        " + folder.resolve("s3") + "  (the bucket, one file per object)");
    out.println("  logs           " + folder + "/{sandbox.log,kafka/broker.log,cost-service/}");
    out.println("Topics:");
    for (TopicPlan t : TopicPlan.ALL) {
      out.printf("  %-19s %s%n", t.name(), t.what());
    }
    out.println(
        "The first segments reach the bucket within a minute or so. Ctrl-C stops everything;"
            + " --wipe starts afresh.");
    out.println();
  }

  /** Prints when the first segments are remote, then a line a minute, until stopped. */
  private static void watch(Sandbox sandbox, PrintStream out, CountDownLatch stopped)
      throws InterruptedException {
    boolean seen = !sandbox.remote().isEmpty();
    Instant nextStatus = Instant.now().plus(STATUS_EVERY);
    while (!stopped.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
      Map<String, RemoteProgress.Topic> remote = sandbox.remote();
      if (!seen && !remote.isEmpty()) {
        seen = true;
        long s = Duration.between(sandbox.startedAt(), Instant.now()).toSeconds();
        out.println(
            "First remote bytes " + s + " s after start: " + RemoteProgress.describe(remote));
      } else if (Instant.now().isAfter(nextStatus) && !remote.isEmpty()) {
        out.println("Remote now: " + RemoteProgress.describe(remote));
        nextStatus = Instant.now().plus(STATUS_EVERY);
      }
    }
  }
}
