package dev.callpickup.client.internal.feign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callpickup.client.model.ApiResponse;
import dev.callpickup.client.model.CallPickupIdResponse;
import feign.Request;
import feign.Response;
import feign.Util;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoder reads bytes as UTF-8 unless the server declares another charset it can name. */
class ResponseDecoderTest {

  private static final String NAME = "Zürich Ωmega";
  private final ResponseDecoder decoder = new ResponseDecoder(new ObjectMapper());

  @Test
  void readsUtf8BytesWhenNoCharsetIsDeclared() throws Exception {
    Object id = decoder.decode(response("application/json", body(StandardCharsets.UTF_8)),
        CallPickupIdResponse.class);
    assertThat(id).isEqualTo(new CallPickupIdResponse().id(NAME));
  }

  @Test
  void readsADeclaredCharsetThroughAReader() throws Exception {
    Charset utf16 = StandardCharsets.UTF_16LE;
    Object id = decoder.decode(response("application/json; charset=\"UTF-16LE\"", body(utf16)),
        CallPickupIdResponse.class);
    assertThat(id).isEqualTo(new CallPickupIdResponse().id(NAME));
  }

  @Test
  void anUnknownCharsetNameFallsBackToUtf8InsteadOfFailing() throws Exception {
    Object id = decoder.decode(
        response("application/json;charset=no-such-charset", body(StandardCharsets.UTF_8)),
        CallPickupIdResponse.class);
    assertThat(id).isEqualTo(new CallPickupIdResponse().id(NAME));
  }

  @Test
  void anEmptyBodyIsNoValue() throws Exception {
    assertThat(decoder.decode(response("application/json", new byte[0]),
        CallPickupIdResponse.class)).isNull();
  }

  @Test
  void headersTravelWithTheBodyForApiResponseTypes() throws Exception {
    Type type = ResponseDecoderTest.class.getDeclaredMethod("typed").getGenericReturnType();
    Object decoded = decoder.decode(response("application/json", body(StandardCharsets.UTF_8)),
        type);
    assertThat(decoded).isInstanceOf(UrlAwareResponse.class);
    ApiResponse<?> r = (ApiResponse<?>) decoded;
    assertThat(r.getData()).isEqualTo(new CallPickupIdResponse().id(NAME));
    assertThat(r.getHeaders()).containsKey("trackingid");
    assertThat(((UrlAwareResponse<?>) r).requestUrl()).isEqualTo("http://127.0.0.1/v1/x");
  }

  /** Declares the generic type the test decodes to. */
  @SuppressWarnings("unused")
  private static ApiResponse<CallPickupIdResponse> typed() {
    return null;
  }

  private static byte[] body(Charset charset) {
    return ("{\"id\":\"" + NAME + "\"}").getBytes(charset);
  }

  private static Response response(String contentType, byte[] body) {
    Request request = Request.create(Request.HttpMethod.GET, "http://127.0.0.1/v1/x",
        Collections.emptyMap(), null, Util.UTF_8, null);
    return Response.builder().status(200).request(request).body(body)
        .headers(Map.of("Content-Type", List.of(contentType), "trackingid", List.of("T1")))
        .build();
  }
}
