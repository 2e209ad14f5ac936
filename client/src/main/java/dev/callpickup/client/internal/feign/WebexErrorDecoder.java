package dev.callpickup.client.internal.feign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callpickup.client.errors.ApiErrors;
import dev.callpickup.client.errors.ErrorDetail;
import dev.callpickup.client.errors.WebexApiException;
import dev.callpickup.client.model.WebexError;
import dev.callpickup.client.model.WebexErrorDetail;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a non-2xx response into a typed {@link WebexApiException}. Replaces
 * {@code ErrorDecoder.Default}, which makes every response with {@code Retry-After} retryable.
 * Statuses a retry may cure come back wrapped in a {@link RetryableException}; whether to retry
 * is the {@link PolicyRetryer}'s decision.
 */
public final class WebexErrorDecoder implements ErrorDecoder {

  private static final Set<Integer> MAYBE_RETRYABLE = Set.of(423, 429, 500, 502, 503, 504);
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final int EXCERPT_CHARS = 200;

  private final ObjectMapper mapper;

  /** @param mapper a lenient mapper (unknown properties ignored) */
  public WebexErrorDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    byte[] raw = read(response);
    WebexError parsed = parse(raw);
    // A gateway may echo the request's headers; nothing derived from the body repeats the token.
    String token = EchoedToken.of(response.request());
    List<ErrorDetail> details = new ArrayList<>();
    Integer code = null;
    String message = null;
    String trackingId = null;
    if (parsed != null) {
      message = EchoedToken.mask(parsed.getMessage(), token);
      trackingId = EchoedToken.mask(parsed.getTrackingId(), token);
      code = parsed.getErrorCode();
      if (parsed.getErrors() != null) {
        for (WebexErrorDetail d : parsed.getErrors()) {
          if (d != null) {
            details.add(new ErrorDetail(EchoedToken.mask(d.getDescription(), token),
                d.getErrorCode()));
          }
        }
      }
    }
    if (code == null) {
      code = details.stream().map(ErrorDetail::errorCode).filter(c -> c != null).findFirst()
          .orElse(null);
    }
    if (trackingId == null || trackingId.isBlank()) {
      trackingId = EchoedToken.mask(header(response.headers(), "trackingid"), token);
    }
    ApiErrors.Body body = new ApiErrors.Body(message, details, code, trackingId,
        excerpt(EchoedToken.mask(new String(raw, StandardCharsets.UTF_8), token)),
        header(response.headers(), "Retry-After"));
    WebexApiException ex = ApiErrors.of(response.status(), body);
    if (MAYBE_RETRYABLE.contains(response.status())) {
      return new RetryableException(response.status(), ex.getMessage(),
          response.request().httpMethod(), ex, response.request());
    }
    return ex;
  }

  private static byte[] read(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readNBytes(MAX_BODY_BYTES);
    } catch (IOException e) {
      return new byte[0]; // the status still tells the caller what happened
    }
  }

  private WebexError parse(byte[] raw) {
    if (raw.length == 0) {
      return null;
    }
    try {
      return mapper.readValue(raw, WebexError.class);
    } catch (IOException | RuntimeException e) {
      return null; // HTML from a gateway, truncated JSON, a JSON array: keep the excerpt only
    }
  }

  /** The start of the body with control characters and runs of whitespace folded to spaces. */
  static String excerpt(String s) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length() && sb.length() < EXCERPT_CHARS; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.length() >= EXCERPT_CHARS ? sb + "..." : sb.toString();
  }

  static String header(Map<String, Collection<String>> headers, String name) {
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().iterator().next();
      }
    }
    return null;
  }
}
