package dev.callpickup.benchmarks.baseline;

import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupIdResponse;
import dev.callpickup.client.model.CallPickupList;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import java.io.IOException;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/** {@link HandWritten} over Apache HttpClient 5 (classic), with a response handler. */
public final class ApacheHandWritten extends HandWritten {

  private final CloseableHttpClient http;

  /**
   * @param baseUrl the API root
   * @param token the bearer token
   * @param http configured as the client's Apache transport is
   */
  public ApacheHandWritten(String baseUrl, String token, CloseableHttpClient http) {
    super(baseUrl, token);
    this.http = http;
  }

  @Override
  public CallPickup get(String locationId, String callPickupId) throws IOException {
    return call(headers(new HttpGet(item(locationId, callPickupId))), CallPickup.class);
  }

  @Override
  public String create(String locationId, CreateCallPickupRequest body) throws IOException {
    HttpPost post = headers(new HttpPost(collection(locationId)));
    post.setEntity(new ByteArrayEntity(MAPPER.writeValueAsBytes(body),
        ContentType.APPLICATION_JSON));
    return call(post, CallPickupIdResponse.class).getId();
  }

  @Override
  public List<CallPickupSummary> listPage(String locationId) throws IOException {
    return call(headers(new HttpGet(firstPage(locationId))), CallPickupList.class)
        .getCallPickups();
  }

  private <R extends HttpUriRequestBase> R headers(R r) {
    r.addHeader("Authorization", authorization);
    r.addHeader("Accept", "application/json");
    r.addHeader("TrackingID", trackingId());
    r.addHeader("User-Agent", USER_AGENT);
    return r;
  }

  private <T> T call(HttpUriRequestBase request, Class<T> type) throws IOException {
    return http.execute(request, response -> {
      check(response.getCode());
      return MAPPER.readValue(response.getEntity().getContent(), type);
    });
  }

  @Override
  public void close() {
    http.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
  }
}
