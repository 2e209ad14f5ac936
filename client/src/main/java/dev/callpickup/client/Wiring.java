package dev.callpickup.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.callpickup.client.internal.api.CallPickupApi;
import dev.callpickup.client.internal.feign.NextPageApi;
import dev.callpickup.client.internal.feign.PathSegmentEncoding;
import dev.callpickup.client.internal.feign.PolicyRetryer;
import dev.callpickup.client.internal.feign.RedactingLogger;
import dev.callpickup.client.internal.feign.ResponseDecoder;
import dev.callpickup.client.internal.feign.StandardHeaders;
import dev.callpickup.client.internal.feign.WebexErrorDecoder;
import feign.Feign;
import feign.Request;
import feign.jackson.JacksonEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Assembles the Feign pipeline from the builder's settings; one place, one reason to change. */
final class Wiring {

  /** The library's version, from a resource Maven filters at build time. */
  static final String VERSION = readVersion();

  final CallPickupApi api;
  final NextPageApi nextPage;

  Wiring(CallPickupClient.Builder b, String baseUrl) {
    ObjectMapper mapper = mapper();
    Request.Options options = new Request.Options(b.connectTimeout, b.readTimeout, false);
    Feign.Builder feign = Feign.builder()
        .client(b.transport.client(options))
        .options(options)
        .addCapability(new PathSegmentEncoding())
        .encoder(new JacksonEncoder(mapper))
        .decoder(new ResponseDecoder(mapper))
        .errorDecoder(new WebexErrorDecoder(mapper))
        .retryer(new PolicyRetryer(b.retryPolicy))
        .requestInterceptor(new StandardHeaders(b.tokenSupplier, userAgent(b.applicationName)))
        .logLevel(b.logLevel.feignLevel());
    if (b.logLevel != LogLevel.NONE) {
      // Only then: looking up an SLF4J logger starts SLF4J, a cost a silent client need not pay.
      feign.logger(new RedactingLogger());
    }
    this.api = feign.target(CallPickupApi.class, baseUrl);
    this.nextPage = feign.target(NextPageApi.class, baseUrl);
  }

  /**
   * Lenient for reading (unknown properties ignored: Webex adds some), minimal for writing:
   * properties the caller did not set are left out, so an update sends only what changes.
   */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }

  static String userAgent(String applicationName) {
    String ua = "call-pickup-java/" + VERSION + " Java/" + System.getProperty("java.version");
    return applicationName == null ? ua : ua + " " + applicationName;
  }

  private static String readVersion() {
    Properties p = new Properties();
    try (InputStream in = Wiring.class.getResourceAsStream("client.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown": a missing version must not break the client
    }
    return p.getProperty("version", "unknown");
  }
}
