package dev.callpickup.client.internal.feign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callpickup.client.model.ApiResponse;
import feign.Response;
import feign.Types;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collections;

/**
 * Decodes 2xx bodies with Jackson. For the generated {@code ...WithHttpInfo} methods it returns
 * a {@link UrlAwareResponse}, which carries the headers (for {@code Link}) and the request URL.
 * Stands in for the generator's {@code ApiResponseDecoder}, which also writes temp files for
 * binary bodies this API never has.
 */
public final class ResponseDecoder implements Decoder {

  private final JacksonDecoder json;

  /** @param mapper the mapper that reads bodies */
  public ResponseDecoder(ObjectMapper mapper) {
    this.json = new JacksonDecoder(mapper);
  }

  /**
   * Decodes, and keeps a token the server echoed out of the failure: Jackson quotes the
   * offending text of a malformed body in its messages.
   */
  @Override
  public Object decode(Response response, Type type) throws IOException {
    try {
      return decodeJson(response, type);
    } catch (IOException | RuntimeException e) {
      String token = EchoedToken.of(response.request());
      if (!EchoedToken.isIn(e, token)) {
        throw e;
      }
      throw new DecodeException(response.status(), "Malformed response body: "
          + EchoedToken.mask(e.getMessage(), token), response.request());
    }
  }

  private Object decodeJson(Response response, Type type) throws IOException {
    if (type instanceof ParameterizedType p
        && Types.getRawType(type).isAssignableFrom(ApiResponse.class)) {
      Type bodyType = p.getActualTypeArguments()[0];
      Object body = bodyType == Void.class ? null : json.decode(response, bodyType);
      return new UrlAwareResponse<>(response.status(),
          Collections.unmodifiableMap(response.headers()), body, response.request().url());
    }
    return json.decode(response, type);
  }
}
