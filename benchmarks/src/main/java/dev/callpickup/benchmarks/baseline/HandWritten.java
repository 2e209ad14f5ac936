package dev.callpickup.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * The fastest call a person would write by hand: one transport, one {@link ObjectMapper}, no
 * framework, no validation, no retries. It sends the same request as the client (same URL,
 * {@code Authorization}, {@code Accept}, {@code TrackingID}, {@code User-Agent} and, for a
 * create, body) and maps the answer into the same model classes, so that the difference with
 * the client is the client's own layers.
 */
public abstract class HandWritten implements AutoCloseable {

  /** The JSON settings of the client: unknown properties ignored, nulls left out. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();
  /** Sent as the client sends its own. */
  public static final String USER_AGENT = "call-pickup-baseline/1.0 Java/"
      + System.getProperty("java.version");

  /** The base URL, without a trailing slash. */
  protected final String baseUrl;
  /** The value of the {@code Authorization} header. */
  protected final String authorization;

  /**
   * @param baseUrl the API root
   * @param token the bearer token
   */
  protected HandWritten(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.authorization = "Bearer " + token;
  }

  /**
   * @param locationId the location
   * @param callPickupId the call pickup
   * @return the call pickup
   * @throws IOException on transport failure or a non-2xx answer
   */
  public abstract CallPickup get(String locationId, String callPickupId) throws IOException;

  /**
   * @param locationId the location
   * @param request the new call pickup
   * @return its ID
   * @throws IOException on transport failure or a non-2xx answer
   */
  public abstract String create(String locationId, CreateCallPickupRequest request)
      throws IOException;

  /**
   * @param locationId the location
   * @return the first page (100 per page, as the client asks)
   * @throws IOException on transport failure or a non-2xx answer
   */
  public abstract List<CallPickupSummary> listPage(String locationId) throws IOException;

  /** @return a fresh {@code TrackingID}, as the client makes one per call */
  protected static String trackingId() {
    return "CALLPICKUP_" + UUID.randomUUID();
  }

  /** @return the URL of the collection */
  protected String collection(String locationId) {
    return baseUrl + "/telephony/config/locations/" + locationId + "/callPickups";
  }

  /** @return the URL of the first page, as the client asks for it */
  protected String firstPage(String locationId) {
    return collection(locationId) + "?max=100&start=0";
  }

  /** @return the URL of one call pickup */
  protected String item(String locationId, String callPickupId) {
    return collection(locationId) + "/" + callPickupId;
  }

  /** @throws IOException unless the status is 2xx */
  protected static void check(int status) throws IOException {
    if (status / 100 != 2) {
      throw new IOException("HTTP " + status);
    }
  }

  @Override
  public void close() {
  }
}
