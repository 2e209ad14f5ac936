package dev.callpickup.client.internal.feign;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callpickup.client.model.ApiResponse;
import feign.Response;
import feign.Types;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes 2xx bodies with Jackson. The generated methods all return an {@code ApiResponse}; for
 * them it returns a {@link UrlAwareResponse}, which carries the headers (for {@code Link}) and the
 * request URL. Stands in for the generator's {@code ApiResponseDecoder}, which also writes temp
 * files for binary bodies this API never has, and for feign-jackson's {@code JacksonDecoder},
 * which reads through a {@code Reader}: JSON is UTF-8 on the wire (RFC 8259), and Jackson parses
 * those bytes directly at about half the cost in time and garbage. A body that declares another
 * charset is still read through a {@code Reader} in that charset.
 */
public final class ResponseDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final Map<Type, JavaType> types = new ConcurrentHashMap<>();

  /** @param mapper the mapper that reads bodies */
  public ResponseDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
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
      Object body = bodyType == Void.class ? null : read(response, bodyType);
      return new UrlAwareResponse<>(response.status(),
          Collections.unmodifiableMap(response.headers()), body, response.request().url());
    }
    return read(response, type);
  }

  private Object read(Response response, Type type) throws IOException {
    if (response.status() == 204) {
      return Util.emptyValueOf(type);
    }
    if (response.body() == null) {
      return null;
    }
    JavaType javaType = types.computeIfAbsent(type, mapper::constructType);
    Charset charset = declaredCharset(response);
    if (!StandardCharsets.UTF_8.equals(charset)) {
      try (Reader in = response.body().asReader(charset)) {
        String text = Util.toString(in);
        return text.isEmpty() ? null : mapper.readValue(text, javaType);
      }
    }
    byte[] bytes;
    try (InputStream in = response.body().asInputStream()) {
      bytes = in.readAllBytes();
    }
    return bytes.length == 0 ? null : mapper.readValue(bytes, javaType);
  }

  /**
   * The charset of the Content-Type, UTF-8 when none is declared or the name is unknown: the
   * server is untrusted, and a bogus name must not fail a body that is most likely UTF-8 anyway.
   */
  static Charset declaredCharset(Response response) {
    Collection<String> contentTypes = response.headers().get("Content-Type");
    if (contentTypes == null) {
      return StandardCharsets.UTF_8;
    }
    for (String contentType : contentTypes) {
      int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
      if (at >= 0) {
        String name = contentType.substring(at + "charset=".length()).split(";", 2)[0]
            .replace("\"", "").trim();
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
