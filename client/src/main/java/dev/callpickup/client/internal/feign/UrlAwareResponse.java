package dev.callpickup.client.internal.feign;

import dev.callpickup.client.model.ApiResponse;
import java.util.Collection;
import java.util.Map;

/**
 * A generated {@link ApiResponse} that also knows the URL it answered, so that a relative
 * {@code Link} can be resolved against it (RFC 8288: the link context is the request URI).
 *
 * @param <T> the body type
 */
public final class UrlAwareResponse<T> extends ApiResponse<T> {

  private final String requestUrl;

  UrlAwareResponse(int status, Map<String, Collection<String>> headers, T data,
      String requestUrl) {
    super(status, headers, data);
    this.requestUrl = requestUrl;
  }

  /** @return the absolute URL of the request that produced this response */
  public String requestUrl() {
    return requestUrl;
  }
}
