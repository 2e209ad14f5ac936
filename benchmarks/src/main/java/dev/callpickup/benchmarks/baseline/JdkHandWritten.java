package dev.callpickup.benchmarks.baseline;

import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupIdResponse;
import dev.callpickup.client.model.CallPickupList;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** {@link HandWritten} over the JDK {@code java.net.http.HttpClient}. */
public final class JdkHandWritten extends HandWritten {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
  private final HttpClient http;

  /**
   * @param baseUrl the API root
   * @param token the bearer token
   * @param http configured as the client's default transport configures its own
   */
  public JdkHandWritten(String baseUrl, String token, HttpClient http) {
    super(baseUrl, token);
    this.http = http;
  }

  @Override
  public CallPickup get(String locationId, String callPickupId) throws IOException {
    return MAPPER.readValue(send(request(item(locationId, callPickupId)).GET()),
        CallPickup.class);
  }

  @Override
  public String create(String locationId, CreateCallPickupRequest body) throws IOException {
    HttpRequest.Builder b = request(collection(locationId))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)));
    return MAPPER.readValue(send(b), CallPickupIdResponse.class).getId();
  }

  @Override
  public List<CallPickupSummary> listPage(String locationId) throws IOException {
    return MAPPER.readValue(send(request(firstPage(locationId)).GET()), CallPickupList.class)
        .getCallPickups();
  }

  private HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(READ_TIMEOUT)
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .header("TrackingID", trackingId())
        .header("User-Agent", USER_AGENT);
  }

  private byte[] send(HttpRequest.Builder b) throws IOException {
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      check(r.statusCode());
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
  }
}
