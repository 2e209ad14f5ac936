package dev.callpickup.client.internal.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * A Feign {@link Client} over the JDK {@link HttpClient} whose read timeout bounds the WHOLE
 * response, body included. Replaces feign-java11's {@code Http2Client}, which hands Feign a
 * streaming body: the JDK's {@code HttpRequest.timeout} stops at the headers, so a server that
 * stalls or trickles inside the body blocked the call forever, and a connection that died inside
 * the body failed later, while decoding, where Feign no longer treats it as a retryable I/O error.
 *
 * <p>Here the JDK reads the body into memory before {@code send} returns, and a watchdog
 * ({@link Deadlines}) interrupts the caller once the read timeout has passed: the JDK then
 * cancels the exchange, and the attempt fails with an {@link HttpTimeoutException}. Every failure
 * of the attempt is an {@link IOException} thrown from {@link #execute}, so the retry policy sees
 * it as an I/O error of the attempt.
 */
public final class JdkHttpTransport implements Client {

  /** Headers the JDK sets itself and refuses from callers (Feign adds Content-Length). */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient http;

  /** @param http the JDK client; its redirect and connect-timeout settings apply as they are */
  public JdkHttpTransport(HttpClient http) {
    this.http = http;
  }

  /**
   * @param connectTimeout the time to establish a connection
   * @return a client over a new JDK client that never follows redirects
   */
  public static JdkHttpTransport withConnectTimeout(Duration connectTimeout) {
    return new JdkHttpTransport(HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_2)
        .connectTimeout(connectTimeout)
        .build());
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long timeoutNanos = options.readTimeoutUnit().toNanos(options.readTimeout());
    HttpRequest jdkRequest = toJdk(request, Duration.ofNanos(timeoutNanos));
    // A blocking send() on the caller's thread: sendAsync().get() hands every response over to
    // another thread, which cost most of the client's throughput in the benchmarks. send() is
    // interruptible (it then cancels the exchange), so a watchdog interrupts it at the deadline.
    Deadlines.Deadline deadline = Deadlines.start(timeoutNanos);
    HttpResponse<byte[]> response;
    try {
      response = http.send(jdkRequest, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      if (deadline.finish()) {
        throw new HttpTimeoutException("no complete response within the read timeout of "
            + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
      }
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted waiting for a response");
      io.initCause(e);
      throw io;
    } finally {
      if (deadline.finish()) {
        Thread.interrupted(); // the watchdog's interrupt, delivered after the response was complete
      }
    }
    return toFeign(request, response);
  }

  private static HttpRequest toJdk(Request request, Duration timeout) throws IOException {
    URI uri;
    try {
      uri = new URI(request.url());
    } catch (URISyntaxException e) {
      throw new IOException("Invalid URI " + request.url(), e);
    }
    byte[] body = request.body();
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
    if (body == null && request.httpMethod() == Request.HttpMethod.GET) {
      // GET() rather than method("GET", noBody()): with a body publisher, even an empty one,
      // the JDK runs its asynchronous body-sending stage, a hand-off that cost a third of the
      // throughput on the benchmark loopback.
      b.GET();
    } else if (body == null && request.httpMethod() == Request.HttpMethod.DELETE) {
      b.DELETE();
    } else {
      b.method(request.httpMethod().name(), body == null
          ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    }
    for (Map.Entry<String, Collection<String>> h : request.headers().entrySet()) {
      if (!RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        for (String value : h.getValue()) {
          b.header(h.getKey(), value);
        }
      }
    }
    return b.build();
  }

  private static Response toFeign(Request request, HttpResponse<byte[]> response)
      throws IOException {
    Map<String, Collection<String>> headers = new HashMap<>();
    response.headers().map().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    return Response.builder()
        .status(response.statusCode())
        .headers(headers)
        .body(decompress(response))
        .request(request)
        .protocolVersion(response.version() == HttpClient.Version.HTTP_2
            ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
        .build();
  }

  /** The client asks for no compression, but a server may compress anyway; as Http2Client did. */
  private static byte[] decompress(HttpResponse<byte[]> response) throws IOException {
    byte[] body = response.body();
    List<String> encodings = response.headers().allValues("Content-Encoding");
    if (body == null || body.length == 0 || encodings.isEmpty()) {
      return body;
    }
    InputStream in;
    if (encodings.contains("gzip")) {
      in = new GZIPInputStream(new ByteArrayInputStream(body));
    } else if (encodings.contains("deflate")) {
      in = new InflaterInputStream(new ByteArrayInputStream(body));
    } else {
      return body;
    }
    try (in) {
      return in.readAllBytes();
    }
  }
}
