package dev.callpickup.benchmarks.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * A Feign {@link Client} over Apache HttpClient 5 (classic, blocking), for
 * {@code Transport.custom(...)}. Written here because {@code feign-hc5} is not published for
 * Feign 13.13 (the newest is 13.9.1) and every Feign module must stay on one version; it does
 * what {@code feign-hc5} does per call.
 */
public final class ApacheFeignClient implements Client {

  private final CloseableHttpClient http;

  /** @param http the client, configured by the caller (pool size, timeouts, no redirects) */
  public ApacheFeignClient(CloseableHttpClient http) {
    this.http = http;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    HttpUriRequestBase req = new HttpUriRequestBase(request.httpMethod().name(),
        java.net.URI.create(request.url()));
    ContentType contentType = null;
    for (Map.Entry<String, Collection<String>> h : request.headers().entrySet()) {
      if (h.getKey().equalsIgnoreCase("Content-Length")) {
        continue; // the entity sets it; a second one is a protocol error
      }
      for (String v : h.getValue()) {
        req.addHeader(h.getKey(), v);
        if (h.getKey().equalsIgnoreCase("Content-Type")) {
          contentType = ContentType.parse(v);
        }
      }
    }
    if (request.body() != null) {
      req.setEntity(new ByteArrayEntity(request.body(), contentType));
    }
    ClassicHttpResponse r = http.executeOpen(null, req, null);
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    for (Header h : r.getHeaders()) {
      headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
    }
    HttpEntity entity = r.getEntity();
    InputStream body = entity == null ? null : entity.getContent();
    long length = entity == null ? -1 : entity.getContentLength();
    Response.Builder b = Response.builder()
        .status(r.getCode())
        .reason(r.getReasonPhrase())
        .request(request)
        .headers(headers);
    if (body != null) {
      // Closing the entity stream releases the connection back to the pool.
      b.body(body, length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null);
    } else {
      r.close();
    }
    return b.build();
  }
}
