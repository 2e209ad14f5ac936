package dev.callpickup.benchmarks.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * A Feign {@link Client} over OkHttp, for {@code Transport.custom(...)}. Written here because
 * {@code feign-okhttp} is not published for Feign 13.13 (the newest is 13.12) and every Feign
 * module must stay on one version; it does what {@code feign-okhttp} does per call: copy the
 * headers and body over, hand the body stream back unread.
 */
public final class OkHttpFeignClient implements Client {

  private final OkHttpClient http;

  /** @param http the OkHttp client, configured by the caller (timeouts, no redirects) */
  public OkHttpFeignClient(OkHttpClient http) {
    this.http = http;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    okhttp3.Request.Builder b = new okhttp3.Request.Builder().url(request.url());
    MediaType contentType = null;
    for (Map.Entry<String, Collection<String>> h : request.headers().entrySet()) {
      for (String v : h.getValue()) {
        b.addHeader(h.getKey(), v);
        if (h.getKey().equalsIgnoreCase("Content-Type")) {
          contentType = MediaType.parse(v);
        }
      }
    }
    byte[] body = request.body();
    String method = request.httpMethod().name();
    RequestBody rb = body != null ? RequestBody.create(body, contentType)
        : requiresBody(method) ? RequestBody.create(new byte[0], contentType) : null;
    b.method(method, rb);
    okhttp3.Response r = http.newCall(b.build()).execute();
    Map<String, Collection<String>> headers = new HashMap<>();
    for (String name : r.headers().names()) {
      List<String> values = new ArrayList<>(r.headers(name));
      headers.put(name, values);
    }
    ResponseBody rbody = r.body();
    long length = rbody.contentLength();
    return Response.builder()
        .status(r.code())
        .reason(r.message())
        .request(request)
        .headers(headers)
        .body(rbody.byteStream(), length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null)
        .build();
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }
}
