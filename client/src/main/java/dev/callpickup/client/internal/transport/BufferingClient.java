package dev.callpickup.client.internal.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a caller-supplied transport's response body into memory before Feign sees it. Feign
 * treats an {@link IOException} as a retryable I/O error only while the client executes; a
 * connection that dies inside a streamed body would fail later, while decoding, and never be
 * retried. How long the read may take is the wrapped client's own timeouts' business.
 */
public final class BufferingClient implements Client {

  private final Client delegate;

  /** @param delegate the transport to wrap */
  public BufferingClient(Client delegate) {
    this.delegate = delegate;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = delegate.execute(request, options);
    if (response.body() == null || response.body().isRepeatable()) {
      return response; // nothing to read, or already in memory
    }
    try (response; InputStream in = response.body().asInputStream()) {
      return response.toBuilder().body(in.readAllBytes()).build();
    }
  }
}
