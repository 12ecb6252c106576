package io.tierline.plugin.faults;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The start line and headers of one HTTP/1.1 message, kept as the bytes that arrived so that they
 * are forwarded unchanged (the request's signature covers them), and how its body is framed.
 */
final class HttpHead {
  private static final int MAX_HEAD_BYTES = 64 * 1024;

  private final byte[] bytes;
  private final String[] lines;

  private HttpHead(byte[] bytes) {
    this.bytes = bytes;
    this.lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n");
  }

  /** The next head on {@code in}, or {@code null} if the stream ends before its first byte. */
  static HttpHead read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        if (head.size() == 0) {
          return null;
        }
        throw new EOFException("The stream ended inside an HTTP head");
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (head.size() > MAX_HEAD_BYTES) {
        throw new IOException("HTTP head over " + MAX_HEAD_BYTES + " bytes");
      }
    }
    return new HttpHead(head.toByteArray());
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes);
  }

  String startLine() {
    return lines[0];
  }

  /** The method of a request. */
  String method() {
    return lines[0].substring(0, Math.max(0, lines[0].indexOf(' ')));
  }

  /**
   * The object key of a path-style request ({@code /bucket/key}), decoded; empty for a request to a
   * bucket or to the service.
   */
  String objectKey() {
    String[] parts = lines[0].split(" ", 3);
    String target = parts.length < 2 ? "" : parts[1];
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    int slash = path.indexOf('/', 1);
    // A '+' in a path is itself, not a space as in a form.
    return slash < 0
        ? ""
        : URLDecoder.decode(path.substring(slash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The status code of a response. */
  int status() {
    String[] parts = lines[0].split(" ", 3);
    return parts.length < 2 ? -1 : Integer.parseInt(parts[1]);
  }

  /** The value of the first header named {@code name}, case-insensitive; {@code null} if none. */
  String header(String name) {
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).trim().equalsIgnoreCase(name)) {
        return lines[i].substring(colon + 1).trim();
      }
    }
    return null;
  }

  boolean chunked() {
    String encoding = header("Transfer-Encoding");
    return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
  }

  /** The Content-Length, or -1 if the head has none. */
  long contentLength() {
    String length = header("Content-Length");
    return length == null ? -1 : Long.parseLong(length);
  }

  boolean expectsContinue() {
    String expect = header("Expect");
    return expect != null && expect.equalsIgnoreCase("100-continue");
  }

  boolean closesConnection() {
    String connection = header("Connection");
    return connection != null && connection.equalsIgnoreCase("close");
  }

  /** Whether a request carries a body. */
  boolean requestHasBody() {
    return chunked() || contentLength() > 0;
  }
}
