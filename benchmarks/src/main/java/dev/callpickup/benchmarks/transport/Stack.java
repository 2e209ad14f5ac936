package dev.callpickup.benchmarks.transport;

import dev.callpickup.benchmarks.baseline.HandWritten;
import dev.callpickup.benchmarks.baseline.JdkHandWritten;
import dev.callpickup.benchmarks.baseline.OkHttpHandWritten;
import dev.callpickup.benchmarks.baseline.UrlConnectionHandWritten;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.Transport;
import feign.Client;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * One HTTP stack, set up the same way for the client and for the hand-written baseline:
 * connect timeout 10 s, read timeout 30 s, redirects not followed (the client's defaults), and
 * an OkHttp pool that keeps 16 idle connections so that 8 threads never reconnect. {@code HttpURLConnection} keeps its default keep-alive cache
 * ({@code http.maxConnections} = 5 idle connections per host).
 */
public enum Stack {

  /** {@code java.net.http.HttpClient}; the client's default transport. */
  JDK,
  /** OkHttp 5. */
  OKHTTP,
  /** The JDK's {@code HttpURLConnection}, through feign-core's own {@code Client.Default}. */
  URLCONNECTION;

  /** The token sent; the server ignores it. */
  public static final String TOKEN = "benchmark-token";
  private static final Duration CONNECT = Duration.ofSeconds(10);
  private static final Duration READ = Duration.ofSeconds(30);

  /**
   * @param baseUrl the server
   * @return a client with validation and default settings on this stack; for {@link #JDK}
   *     that is exactly {@code CallPickupClient.builder().baseUrl(..).token(..).build()}
   */
  public CallPickupClient client(String baseUrl) {
    CallPickupClient.Builder b = CallPickupClient.builder().baseUrl(baseUrl).token(TOKEN);
    return switch (this) {
      case JDK -> b.build();
      case OKHTTP -> b.transport(Transport.custom(new OkHttpFeignClient(okHttp()))).build();
      case URLCONNECTION -> b.transport(Transport.custom(new Client.Default(null, null))).build();
    };
  }

  /**
   * @param baseUrl the server
   * @return the hand-written baseline on this stack
   */
  public HandWritten baseline(String baseUrl) {
    return switch (this) {
      case JDK -> new JdkHandWritten(baseUrl, TOKEN, jdk());
      case OKHTTP -> new OkHttpHandWritten(baseUrl, TOKEN, okHttp());
      case URLCONNECTION -> new UrlConnectionHandWritten(baseUrl, TOKEN);
    };
  }

  /** As the client's default transport builds its own: HTTP/2 preferred, no redirects. */
  static HttpClient jdk() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_2)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(CONNECT)
        .build();
  }

  static OkHttpClient okHttp() {
    return new OkHttpClient.Builder()
        .connectTimeout(CONNECT)
        .readTimeout(READ)
        .followRedirects(false)
        .followSslRedirects(false)
        .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
        .build();
  }
}
