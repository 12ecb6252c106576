package io.tierline.plugin.faults;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 proxy on 127.0.0.1 between S3 clients (the brokers' plugins) and an S3 server. It
 * forwards every byte of each request and response unchanged, one upstream connection per request,
 * and, while a {@link Fault} is on, injects it into every request whose head arrives: error
 * answers, resets in the middle of a body, added latency, a black hole, or nothing listening at
 * all; or into the deletes of some keys alone. The fault is switched at run time, from the test,
 * with {@link #inject} and {@link #heal}.
 */
public final class FaultInjectingProxy implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final InetSocketAddress upstream;
  private final int port;
  private final ExecutorService threads;
  private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
  private final AtomicLong forwarded = new AtomicLong();
  private final Map<Fault.Kind, AtomicLong> injected = new EnumMap<>(Fault.Kind.class);
  private volatile Fault fault = Fault.none();
  private volatile ServerSocket listener;
  private volatile boolean closed;

  private FaultInjectingProxy(URI upstream, ServerSocket listener) {
    this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
    this.listener = listener;
    this.port = listener.getLocalPort();
    for (Fault.Kind kind : Fault.Kind.values()) {
      injected.put(kind, new AtomicLong());
    }
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fault-proxy-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts a proxy to the server at {@code upstream} ({@code http://host:port}) on a free port. */
  public static FaultInjectingProxy start(URI upstream) throws IOException {
    FaultInjectingProxy proxy = new FaultInjectingProxy(upstream, bind(0));
    proxy.acceptOn(proxy.listener);
    return proxy;
  }

  /** The URL clients use in place of the server's. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /**
   * From now on, injects {@code next} into every request whose head arrives; {@link Fault#down()}
   * also resets every open connection and stops listening.
   */
  public synchronized void inject(Fault next) throws IOException {
    Fault previous = fault;
    fault = next;
    if (next.kind() == Fault.Kind.DOWN && previous.kind() != Fault.Kind.DOWN) {
      listener.close();
      clients.forEach(FaultInjectingProxy::reset);
      injected.get(Fault.Kind.DOWN).incrementAndGet();
    } else if (previous.kind() == Fault.Kind.DOWN && next.kind() != Fault.Kind.DOWN) {
      listener = bind(port);
      acceptOn(listener);
    }
    if (previous.kind() == Fault.Kind.BLACK_HOLE && next.kind() != Fault.Kind.BLACK_HOLE) {
      // Their clients gave up long ago; free the threads that hold them.
      clients.forEach(FaultInjectingProxy::reset);
    }
  }

  /** Back to forwarding every byte: {@code inject(Fault.none())}. */
  public void heal() throws IOException {
    inject(Fault.none());
  }

  public Fault fault() {
    return fault;
  }

  /** Requests forwarded to the server, whole or in part. */
  public long requestsForwarded() {
    return forwarded.get();
  }

  /**
   * Requests that met a fault of this kind; for {@link Fault.Kind#DOWN}, the times the server went
   * down.
   */
  public long injected(Fault.Kind kind) {
    return injected.get(kind).get();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    listener.close();
    clients.forEach(FaultInjectingProxy::reset);
    threads.shutdownNow();
  }

  private static ServerSocket bind(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
    return socket;
  }

  private void acceptOn(ServerSocket socket) {
    threads.execute(
        () -> {
          while (!closed && !socket.isClosed()) {
            try {
              Socket client = socket.accept();
              clients.add(client);
              threads.execute(() -> serve(client));
            } catch (IOException stoppedListening) {
              return;
            }
          }
        });
  }

  private void serve(Socket client) {
    try (client) {
      client.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(client.getInputStream(), 64 * 1024);
      OutputStream out = new BufferedOutputStream(client.getOutputStream(), 64 * 1024);
      boolean open = true;
      while (open) {
        HttpHead request = HttpHead.read(in);
        if (request == null) {
          return;
        }
        open = handle(request, in, out, client);
      }
    } catch (IOException | RuntimeException connectionGone) {
      // The client, the server or a fault ended the connection; the client sees it as it is.
    } finally {
      clients.remove(client);
    }
  }

  /** Serves one request; false when the connection must end after it. */
  private boolean handle(HttpHead request, InputStream in, OutputStream out, Socket client)
      throws IOException {
    Fault now = fault;
    switch (now.kind()) {
      case INTERNAL_ERROR:
        injected.get(now.kind()).incrementAndGet();
        return answerError(
            request, in, out, 500, "InternalError", "We encountered an internal error.");
      case SLOW_DOWN:
        injected.get(now.kind()).incrementAndGet();
        return answerError(request, in, out, 503, "SlowDown", "Please reduce your request rate.");
      case BLACK_HOLE:
        injected.get(now.kind()).incrementAndGet();
        in.transferTo(OutputStream.nullOutputStream());
        return false;
      case DOWN:
        injected.get(now.kind()).incrementAndGet();
        reset(client);
        return false;
      case LATENCY:
        injected.get(now.kind()).incrementAndGet();
        sleep(now);
        return forward(request, in, out, client, false);
      case RESET_MID_BODY:
        injected.get(now.kind()).incrementAndGet();
        return forward(request, in, out, client, true);
      case FAILED_DELETES:
        if (now.failsDelete(request.method(), request.objectKey())) {
          injected.get(now.kind()).incrementAndGet();
          return answerError(
              request, in, out, 500, "InternalError", "We encountered an internal error.");
        }
        return forward(request, in, out, client, false);
      default:
        return forward(request, in, out, client, false);
    }
  }

  private boolean answerError(
      HttpHead request, InputStream in, OutputStream out, int status, String code, String message)
      throws IOException {
    if (!request.expectsContinue()) {
      Bodies.copy(request, in, OutputStream.nullOutputStream(), Long.MAX_VALUE);
    }
    String body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
            + code
            + "</Code><Message>"
            + message
            + "</Message></Error>";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String reason = status == 503 ? "Service Unavailable" : "Internal Server Error";
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + reason
            + "\r\nContent-Type: application/xml\r\nContent-Length: "
            + (request.method().equals("HEAD") ? 0 : bytes.length)
            + "\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    if (!request.method().equals("HEAD")) {
      out.write(bytes);
    }
    out.flush();
    return false;
  }

  /**
   * Sends the request upstream and its response back. With {@code cut}, resets both connections
   * halfway through the request body, or else halfway through the response body, or else just
   * before the response head.
   */
  private boolean forward(
      HttpHead request, InputStream in, OutputStream out, Socket client, boolean cut)
      throws IOException {
    try (Socket server = new Socket()) {
      server.connect(upstream, 10_000);
      server.setTcpNoDelay(true);
      InputStream serverIn = new BufferedInputStream(server.getInputStream(), 64 * 1024);
      OutputStream serverOut = new BufferedOutputStream(server.getOutputStream(), 64 * 1024);
      forwarded.incrementAndGet();
      request.writeTo(serverOut);
      serverOut.flush();
      if (request.requestHasBody()) {
        if (request.expectsContinue()) {
          HttpHead interim = HttpHead.read(serverIn);
          if (interim == null) {
            throw new EOFException("The server closed the connection");
          }
          if (interim.status() != 100) {
            // A final answer before the body: the client will not send it, nor reuse this line.
            relay(request, interim, serverIn, out, false, client, server);
            return false;
          }
          interim.writeTo(out);
          out.flush();
        }
        if (cut) {
          Bodies.copyHalf(request, in, serverOut);
          serverOut.flush();
          reset(client);
          reset(server);
          return false;
        }
        Bodies.copy(request, in, serverOut, Long.MAX_VALUE);
        serverOut.flush();
      }
      HttpHead response = HttpHead.read(serverIn);
      while (response != null && response.status() == 100) {
        response.writeTo(out);
        response = HttpHead.read(serverIn);
      }
      if (response == null) {
        throw new EOFException("The server closed the connection without a response");
      }
      relay(request, response, serverIn, out, cut, client, server);
      return !cut && !request.closesConnection() && !response.closesConnection();
    }
  }

  private static void relay(
      HttpHead request,
      HttpHead response,
      InputStream serverIn,
      OutputStream out,
      boolean cut,
      Socket client,
      Socket server)
      throws IOException {
    boolean hasBody = Bodies.responseHasBody(request, response);
    if (cut && (!hasBody || response.contentLength() == 0)) {
      reset(client);
      reset(server);
      return;
    }
    response.writeTo(out);
    if (hasBody) {
      if (cut) {
        Bodies.copyHalf(response, serverIn, out);
        out.flush();
        reset(client);
        reset(server);
        return;
      }
      Bodies.copyResponse(response, serverIn, out);
    }
    out.flush();
  }

  private static void sleep(Fault fault) {
    try {
      Thread.sleep(fault.latency().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes with a TCP RST rather than a FIN, as a broken network or a crashed server does. */
  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
      socket.close();
    } catch (SocketException alreadyClosed) {
      // Nothing left to reset.
    } catch (IOException e) {
      // Closing is all that is left to do.
    }
  }
}
