package dev.callpickup.client;

import feign.Client;
import feign.Request;
import feign.http2client.Http2Client;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.function.Function;

/**
 * The HTTP transport under the client. The default, {@link #jdkHttpClient()}, uses the JDK's
 * {@code java.net.http.HttpClient} (via {@code feign-java11}) and adds no dependency. A consumer
 * that wants another stack (OkHttp, Apache HttpClient 5) passes a Feign {@link Client} to
 * {@link #custom(Client)}; only then does it touch Feign. Redirects are never followed by the
 * default transports, so a token cannot be forwarded to another host.
 */
public final class Transport {

  private final String name;
  private final Function<Request.Options, Client> factory;

  private Transport(String name, Function<Request.Options, Client> factory) {
    this.name = name;
    this.factory = factory;
  }

  /** @return the JDK {@code HttpClient}, configured from the client's timeouts */
  public static Transport jdkHttpClient() {
    return new Transport("jdkHttpClient", Http2Client::new);
  }

  /**
   * @param httpClient a JDK client configured by the caller (proxy, TLS, executor); it should
   *     not follow redirects
   * @return a transport over it
   */
  public static Transport jdkHttpClient(HttpClient httpClient) {
    Objects.requireNonNull(httpClient, "httpClient");
    return new Transport("jdkHttpClient(custom)", options -> new Http2Client(httpClient));
  }

  /**
   * @param client any Feign client, for example {@code feign.okhttp.OkHttpClient}
   * @return a transport over it
   */
  public static Transport custom(Client client) {
    Objects.requireNonNull(client, "client");
    return new Transport("custom(" + client.getClass().getSimpleName() + ")", options -> client);
  }

  /** Builds the Feign client for the given options; the client calls it once. */
  Client client(Request.Options options) {
    return factory.apply(options);
  }

  @Override
  public String toString() {
    return "Transport{" + name + '}';
  }
}
