package dev.callpickup.benchmarks.baseline;

import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupIdResponse;
import dev.callpickup.client.model.CallPickupList;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;

/**
 * {@link HandWritten} over the JDK's {@link HttpURLConnection}, whose keep-alive cache reuses
 * a connection once its body has been read and closed.
 */
public final class UrlConnectionHandWritten extends HandWritten {

  /**
   * @param baseUrl the API root
   * @param token the bearer token
   */
  public UrlConnectionHandWritten(String baseUrl, String token) {
    super(baseUrl, token);
  }

  @Override
  public CallPickup get(String locationId, String callPickupId) throws IOException {
    return call(open("GET", item(locationId, callPickupId)), CallPickup.class);
  }

  @Override
  public String create(String locationId, CreateCallPickupRequest body) throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    HttpURLConnection c = open("POST", collection(locationId));
    c.setRequestProperty("Content-Type", "application/json");
    c.setDoOutput(true);
    c.setFixedLengthStreamingMode(bytes.length);
    try (OutputStream out = c.getOutputStream()) {
      out.write(bytes);
    }
    return call(c, CallPickupIdResponse.class).getId();
  }

  @Override
  public List<CallPickupSummary> listPage(String locationId) throws IOException {
    return call(open("GET", firstPage(locationId)), CallPickupList.class).getCallPickups();
  }

  private HttpURLConnection open(String method, String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setConnectTimeout(10_000);
    c.setReadTimeout(30_000);
    c.setInstanceFollowRedirects(false);
    c.setRequestMethod(method);
    c.setRequestProperty("Authorization", authorization);
    c.setRequestProperty("Accept", "application/json");
    c.setRequestProperty("TrackingID", trackingId());
    c.setRequestProperty("User-Agent", USER_AGENT);
    return c;
  }

  private static <T> T call(HttpURLConnection c, Class<T> type) throws IOException {
    check(c.getResponseCode());
    try (InputStream in = c.getInputStream()) {
      return MAPPER.readValue(in, type);
    }
  }
}
