package dev.callpickup.client.internal.feign;

import dev.callpickup.client.model.ApiResponse;
import dev.callpickup.client.model.AvailableAgentList;
import dev.callpickup.client.model.CallPickupList;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;

/**
 * Follows a {@code Link: rel="next"} URL as given. The spec says to treat it as opaque, so it
 * cannot go through the generated interface, whose paths are fixed. A {@link URI} argument
 * replaces Feign's target, so the same pipeline (auth, retries, errors, logging) applies.
 */
public interface NextPageApi {

  /**
   * @param next the absolute next-page URL
   * @param trackingId the call's tracking ID
   * @return the page
   */
  @RequestLine("GET")
  @Headers({"Accept: application/json", "TrackingID: {trackingID}"})
  ApiResponse<CallPickupList> callPickups(URI next, @Param("trackingID") String trackingId);

  /**
   * @param next the absolute next-page URL
   * @param trackingId the call's tracking ID
   * @return the page
   */
  @RequestLine("GET")
  @Headers({"Accept: application/json", "TrackingID: {trackingID}"})
  ApiResponse<AvailableAgentList> availableAgents(URI next,
      @Param("trackingID") String trackingId);
}
