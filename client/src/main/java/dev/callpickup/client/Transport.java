package dev.callpickup.client;

import dev.callpickup.client.internal.transport.BufferingClient;
import dev.callpickup.client.internal.transport.JdkHttpTransport;
import feign.Client;
import feign.Request;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The HTTP transport under the client. The default, {@link #jdkHttpClient()}, uses the JDK's
 * {@code java.net.http.HttpClient} (via {@code feign-java11}) and adds no dependency. A consumer
 * that wants another stack (OkHttp, Apache HttpClient 5) passes a Feign {@link Client} to
 * {@link #custom(Client)}; only then does it touch Feign. Redirects are never followed by the
 * default transports, so a token cannot be forwarded to another host.
 *
 * <p>Every transport reads the whole response body inside the attempt, so a connection that
 * fails inside the body is an I/O error of that attempt, retried like any other. With the JDK
 * transports the read timeout bounds the whole response, body included; a custom client's own
 * timeouts decide how long it may spend reading a body.
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
    return new Transport("jdkHttpClient", options -> JdkHttpTransport.withConnectTimeout(
        Duration.ofMillis(options.connectTimeoutMillis())));
  }

  /**
   * @param httpClient a JDK client configured by the caller (proxy, TLS, executor, connect
   *     timeout), used as it is; it should not follow redirects. The builder's read timeout
   *     still bounds every response.
   * @return a transport over it
   */
  public static Transport jdkHttpClient(HttpClient httpClient) {
    Objects.requireNonNull(httpClient, "httpClient");
    return new Transport("jdkHttpClient(custom)", options -> new JdkHttpTransport(httpClient));
  }

  /**
   * @param client any Feign client, for example {@code feign.okhttp.OkHttpClient}
   * @return a transport over it
   */
  public static Transport custom(Client client) {
    Objects.requireNonNull(client, "client");
    return new Transport("custom(" + client.getClass().getSimpleName() + ")", options -> new BufferingClient(client));
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
