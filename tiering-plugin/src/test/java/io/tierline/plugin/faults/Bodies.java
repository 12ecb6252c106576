package io.tierline.plugin.faults;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Copies HTTP/1.1 message bodies as they are framed: by Content-Length, chunked, or to the end. */
final class Bodies {
  private static final int BUFFER = 64 * 1024;

  private Bodies() {}

  /** Whether the response to {@code request} has a body (RFC 9112, section 6.3). */
  static boolean responseHasBody(HttpHead request, HttpHead response) {
    int status = response.status();
    if (request.method().equals("HEAD") || status / 100 == 1 || status == 204 || status == 304) {
      return false;
    }
    return response.chunked() || response.contentLength() != 0;
  }

  /** Copies the body of a request, or of a response with a length; at most {@code limit} bytes. */
  static void copy(HttpHead head, InputStream in, OutputStream out, long limit) throws IOException {
    if (head.chunked()) {
      copyChunked(in, out);
    } else if (head.contentLength() > 0) {
      copyExactly(in, out, Math.min(limit, head.contentLength()));
    }
  }

  /** Copies a response body: framed, or up to the end of the stream when it has no framing. */
  static void copyResponse(HttpHead response, InputStream in, OutputStream out) throws IOException {
    if (!response.chunked() && response.contentLength() < 0) {
      in.transferTo(out);
    } else {
      copy(response, in, out, Long.MAX_VALUE);
    }
  }

  /** Copies about the first half of a body: of its length, or of its first chunk. */
  static void copyHalf(HttpHead head, InputStream in, OutputStream out) throws IOException {
    if (head.chunked()) {
      String sizeLine = line(in);
      out.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      copyExactly(in, out, chunkSize(sizeLine) / 2);
    } else if (head.contentLength() > 0) {
      copyExactly(in, out, head.contentLength() / 2);
    } else {
      in.transferTo(out);
    }
  }

  private static void copyChunked(InputStream in, OutputStream out) throws IOException {
    while (true) {
      String sizeLine = line(in);
      out.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      long size = chunkSize(sizeLine);
      if (size == 0) {
        // Trailers, then the empty line that ends the message.
        String trailer;
        do {
          trailer = line(in);
          out.write((trailer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        } while (!trailer.isEmpty());
        return;
      }
      copyExactly(in, out, size);
      String end = line(in);
      out.write((end + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  private static long chunkSize(String sizeLine) {
    int extension = sizeLine.indexOf(';');
    return Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(32);
    int previous = -1;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("The stream ended inside a chunked body");
      }
      if (previous == '\r' && b == '\n') {
        byte[] bytes = line.toByteArray();
        return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
      previous = b;
    }
  }

  private static void copyExactly(InputStream in, OutputStream out, long bytes) throws IOException {
    byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(1, bytes))];
    long left = bytes;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new EOFException(left + " bytes of a body never arrived");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }
}
