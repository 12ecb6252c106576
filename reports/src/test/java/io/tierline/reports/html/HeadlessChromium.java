package io.tierline.reports.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A headless Chromium process with the DevTools protocol on a free loopback port. */
final class HeadlessChromium implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private final Process process;
  private final String browserWebSocket;

  private HeadlessChromium(Process process, String browserWebSocket) {
    this.process = process;
    this.browserWebSocket = browserWebSocket;
  }

  /** Starts Chromium with a fresh profile, no network services of its own, on about:blank. */
  static HeadlessChromium start(Path executable, Path profile)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                List.of(
                    executable.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-extensions",
                    "--hide-scrollbars",
                    "--user-data-dir=" + profile,
                    "--remote-debugging-address=127.0.0.1",
                    "--remote-debugging-port=0",
                    "about:blank"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> readStderr(process, url), "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return new HeadlessChromium(process, url.get(60, TimeUnit.SECONDS));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("Chromium did not open its DevTools port within 60 s", e);
    }
  }

  // Chromium prints the DevTools address on stderr; the rest of stderr is drained so it never
  // blocks.
  private static void readStderr(Process process, CompletableFuture<String> url) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          url.complete(matcher.group(1));
        }
      }
      url.completeExceptionally(new IOException("Chromium exited without a DevTools address"));
    } catch (IOException e) {
      url.completeExceptionally(e);
    }
  }

  /**
   * The browser-level DevTools WebSocket address, for example
   * ws://127.0.0.1:40123/devtools/browser/….
   */
  String browserWebSocket() {
    return browserWebSocket;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
