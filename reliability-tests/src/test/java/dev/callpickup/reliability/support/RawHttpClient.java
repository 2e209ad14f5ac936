package dev.callpickup.reliability.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A keep-alive HTTP/1.1 client over one socket that sends exactly the bytes it is given: any
 * method token, any request target, duplicate or odd headers. The JDK's HttpClient refuses to send
 * most hostile requests, which is what a server must survive. Not thread-safe.
 */
public final class RawHttpClient implements AutoCloseable {

  /** A request as it goes on the wire; {@code headers} are sent in order, as given. */
  public record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
    /** A short, printable rendering for failure reports. */
    public String describe() {
      String b = new String(body, StandardCharsets.UTF_8);
      if (b.length() > 300) {
        b = b.substring(0, 300) + "...(" + body.length + " bytes)";
      }
      // Credentials never go into a report: the header is named, its value is not.
      List<String> shown = headers.stream().map(h -> h.getKey() + "=" + (h.getKey().equalsIgnoreCase("authorization")
          ? "<" + (h.getValue().isEmpty() ? "empty" : h.getValue().split(" ", 2)[0] + " ...") + ">"
          : abbreviate(h.getValue()))).toList();
      return method + " " + abbreviate(target) + " " + shown + " body=" + b;
    }

    private static String abbreviate(String s) {
      return s.length() > 120 ? s.substring(0, 120) + "...(" + s.length() + " chars)" : s;
    }
  }

  /** A response: status, headers (names lower-cased) and the body bytes. */
  public record Response(int status, Map<String, List<String>> headers, byte[] body) {
    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final String host;
  private final int port;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private int connections;

  /** A client for {@code baseUrl}'s host and port; connects on first use. */
  public RawHttpClient(String baseUrl, int timeoutMillis) {
    URI uri = URI.create(baseUrl);
    this.host = uri.getHost();
    this.port = uri.getPort();
    this.timeoutMillis = timeoutMillis;
  }

  /** How many TCP connections this client has opened so far. */
  public int connectionsOpened() {
    return connections;
  }

  /**
   * Sends one request on the open connection (opening one if needed) and reads the response.
   *
   * @throws IOException when the server closed or reset the connection instead of answering
   */
  public Response send(Request request) throws IOException {
    if (socket == null || socket.isClosed()) {
      connect();
    }
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    wire.writeBytes((request.method() + " " + request.target() + " HTTP/1.1\r\n")
        .getBytes(StandardCharsets.UTF_8));
    wire.writeBytes(("Host: " + host + ":" + port + "\r\n").getBytes(StandardCharsets.US_ASCII));
    for (Map.Entry<String, String> h : request.headers()) {
      wire.writeBytes((h.getKey() + ": " + h.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    wire.writeBytes(("Content-Length: " + request.body().length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    wire.writeBytes(request.body());
    try {
      out.write(wire.toByteArray());
      out.flush();
      Response response = readResponse(request.method());
      if (response.header("connection").map(v -> v.equalsIgnoreCase("close")).orElse(false)) {
        closeQuietly();
      }
      return response;
    } catch (IOException e) {
      closeQuietly();
      throw e;
    }
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(host, port), timeoutMillis);
    socket.setSoTimeout(timeoutMillis);
    socket.setTcpNoDelay(true);
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
    connections++;
  }

  private Response readResponse(String method) throws IOException {
    String statusLine = readLine();
    if (statusLine == null) {
      throw new IOException("connection closed before a status line");
    }
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP status line: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    String line;
    while ((line = readLine()) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
    }
    if (line == null) {
      throw new IOException("connection closed inside the response headers");
    }
    byte[] body;
    List<String> te = headers.getOrDefault("transfer-encoding", List.of());
    List<String> cl = headers.getOrDefault("content-length", List.of());
    if (method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1) {
      body = new byte[0];
    } else if (te.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))) {
      body = readChunked();
    } else if (!cl.isEmpty()) {
      int length = Integer.parseInt(cl.get(0));
      body = in.readNBytes(length);
      if (body.length < length) {
        throw new IOException("connection closed inside the response body");
      }
    } else {
      // No framing: the body runs to the end of the connection.
      body = in.readAllBytes();
      closeQuietly();
    }
    return new Response(status, headers, body);
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine();
      if (sizeLine == null) {
        throw new IOException("connection closed inside a chunked body");
      }
      int semi = sizeLine.indexOf(';');
      int size = Integer.parseInt((semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).trim(), 16);
      if (size == 0) {
        String trailer;
        while ((trailer = readLine()) != null && !trailer.isEmpty()) {
          // Trailers are not used by these tests.
        }
        return body.toByteArray();
      }
      byte[] chunk = in.readNBytes(size);
      if (chunk.length < size) {
        throw new IOException("connection closed inside a chunk");
      }
      body.writeBytes(chunk);
      readLine();
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  private void closeQuietly() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException ignored) {
      // Already gone.
    }
  }

  @Override
  public void close() {
    closeQuietly();
  }
}
