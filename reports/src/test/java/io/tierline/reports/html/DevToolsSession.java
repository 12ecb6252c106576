package io.tierline.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of the Chrome DevTools protocol over Java's own WebSocket: commands with replies, and
 * every event kept in arrival order. Commands go to one page through a flattened session.
 */
final class DevToolsSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REPLY_LIMIT = Duration.ofSeconds(60);
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private String sessionId;

  private DevToolsSession(String browserWebSocket) throws Exception {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create(browserWebSocket), new Listener())
            .get(30, TimeUnit.SECONDS);
  }

  /** Connects to the browser, opens a new page and attaches to it. */
  static DevToolsSession openPage(String browserWebSocket) throws Exception {
    DevToolsSession session = new DevToolsSession(browserWebSocket);
    String targetId =
        session.send("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    session.sessionId =
        session
            .send("Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
            .get("sessionId")
            .asText();
    return session;
  }

  /** Sends a command and waits for its result; a protocol error fails the test with its message. */
  JsonNode send(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
    JsonNode answer = reply.get(REPLY_LIMIT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new AssertionError(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** Waits until an event of this method has arrived, or fails after the limit. */
  JsonNode awaitEvent(String method, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode event : events) {
        if (event.path("method").asText().equals(method)) {
          return event;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + method + " event within " + limit);
  }

  /** Every event so far, in arrival order. */
  List<JsonNode> events() {
    return List.copyOf(events);
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode message = JSON.readTree(text);
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (Exception e) {
          replies.values().forEach(reply -> reply.completeExceptionally(e));
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
