package dev.callpickup.benchmarks.baseline;

import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupIdResponse;
import dev.callpickup.client.model.CallPickupList;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** {@link HandWritten} over OkHttp. */
public final class OkHttpHandWritten extends HandWritten {

  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient http;

  /**
   * @param baseUrl the API root
   * @param token the bearer token
   * @param http configured as the client's OkHttp transport is
   */
  public OkHttpHandWritten(String baseUrl, String token, OkHttpClient http) {
    super(baseUrl, token);
    this.http = http;
  }

  @Override
  public CallPickup get(String locationId, String callPickupId) throws IOException {
    return call(request(item(locationId, callPickupId)).get().build(), CallPickup.class);
  }

  @Override
  public String create(String locationId, CreateCallPickupRequest body) throws IOException {
    Request r = request(collection(locationId))
        .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build();
    return call(r, CallPickupIdResponse.class).getId();
  }

  @Override
  public List<CallPickupSummary> listPage(String locationId) throws IOException {
    return call(request(firstPage(locationId)).get().build(), CallPickupList.class)
        .getCallPickups();
  }

  private Request.Builder request(String url) {
    return new Request.Builder().url(url)
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .header("TrackingID", trackingId())
        .header("User-Agent", USER_AGENT);
  }

  private <T> T call(Request request, Class<T> type) throws IOException {
    try (Response r = http.newCall(request).execute()) {
      check(r.code());
      return MAPPER.readValue(r.body().byteStream(), type);
    }
  }

  @Override
  public void close() {
    http.connectionPool().evictAll();
    http.dispatcher().executorService().shutdown();
  }
}
