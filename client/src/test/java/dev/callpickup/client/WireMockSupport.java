package dev.callpickup.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.callpickup.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A loopback WireMock server per test class and a client pointed at it. */
abstract class WireMockSupport {

  static final String TOKEN = "s3cr3t-T0KEN-never-shown";
  static final String LOC = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1";
  static final String CP = "Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNEST0";
  static final String BASE_PATH = "/v1/telephony/config/locations/" + LOC + "/callPickups";

  static WireMockServer server;

  /** Waits the retryer asked for; recorded, not spent. */
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  CallPickupClient client;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void resetServer() {
    server.resetAll();
    sleeps.clear();
    client = clientBuilder().build();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/v1";
  }

  RetryPolicy.Builder recordingPolicy() {
    return RetryPolicy.builder().sleeper(sleeps::add);
  }

  CallPickupClient.Builder clientBuilder() {
    return CallPickupClient.builder()
        .baseUrl(baseUrl())
        .token(TOKEN)
        .readTimeout(Duration.ofSeconds(5))
        .retryPolicy(recordingPolicy().build());
  }

  static List<LoggedRequest> requests() {
    List<LoggedRequest> all = new ArrayList<>();
    server.getAllServeEvents().forEach(e -> all.add(e.getRequest()));
    Collections.reverse(all); // WireMock lists the newest first
    return all;
  }
}
