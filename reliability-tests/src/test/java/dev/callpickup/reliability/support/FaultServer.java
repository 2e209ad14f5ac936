package dev.callpickup.reliability.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.callpickup.client.CallPickupClient;
import java.util.List;
import java.util.function.Function;

/** WireMock set up for the client suites: loopback, a free port, quiet, scripted per operation. */
public final class FaultServer {

  /** Path of the collection of call pickups of {@link Clients#LOCATION}. */
  public static final String COLLECTION = "/v1/telephony/config/locations/" + Clients.LOCATION + "/callPickups";
  /** Path of the call pickup {@link Clients#PICKUP}. */
  public static final String ITEM = COLLECTION + "/" + Clients.PICKUP;

  /** A successful GET body. */
  public static final String PICKUP_JSON = "{\"id\":\"" + Clients.PICKUP + "\",\"name\":\"South Alaska-Group\","
      + "\"notificationType\":\"AUDIO_ONLY\",\"notificationDelayTimerSeconds\":20,\"agents\":[]}";
  /** A successful create/update body. */
  public static final String ID_JSON = "{\"id\":\"" + Clients.PICKUP + "\"}";

  private FaultServer() {}

  /**
   * A WireMock extension on a free loopback port that writes nothing to the console. Plain-text
   * HTTP/2 is off: the JDK client's h2c upgrade against Jetty, racing WireMock's scenario switches,
   * made healthy retries time out at random, which tested the harness rather than the client (real
   * Webex traffic is HTTPS, where HTTP/2 comes from ALPN, not from an upgrade).
   */
  public static WireMockExtension extension() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true)
            .notifier(new Silent()))
        .build();
  }

  /** The six operations, each with its WireMock request pattern, call and success answer. */
  public enum Op {
    GET(() -> get(urlPathEqualTo(ITEM)), c -> c.getCallPickup(Clients.LOCATION, Clients.PICKUP),
        () -> aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(PICKUP_JSON)),
    PUT(() -> put(urlPathEqualTo(ITEM)),
        c -> c.updateCallPickup(Clients.LOCATION, Clients.PICKUP,
            new dev.callpickup.client.model.UpdateCallPickupRequest().notificationDelayTimerSeconds(7)),
        () -> aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(ID_JSON)),
    DELETE(() -> delete(urlPathEqualTo(ITEM)), c -> {
      c.deleteCallPickup(Clients.LOCATION, Clients.PICKUP);
      return "deleted";
    }, () -> aResponse().withStatus(204)),
    POST(() -> post(urlPathEqualTo(COLLECTION)),
        c -> c.createCallPickup(Clients.LOCATION,
            new dev.callpickup.client.model.CreateCallPickupRequest().name("South Alaska-Group")),
        () -> aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(ID_JSON)),
    LIST(() -> get(urlPathEqualTo(COLLECTION)),
        c -> c.listCallPickups(Clients.LOCATION).stream().toList(),
        () -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"callPickups\":[{\"id\":\"" + Clients.PICKUP + "\",\"name\":\"South Alaska-Group\"}]}"));

    private final java.util.function.Supplier<MappingBuilder> request;
    private final Function<CallPickupClient, Object> call;
    private final java.util.function.Supplier<ResponseDefinitionBuilder> success;

    Op(java.util.function.Supplier<MappingBuilder> request, Function<CallPickupClient, Object> call,
        java.util.function.Supplier<ResponseDefinitionBuilder> success) {
      this.request = request;
      this.call = call;
      this.success = success;
    }

    /** A fresh request pattern for this operation. */
    public MappingBuilder request() {
      return request.get();
    }

    /** Makes the call; returns what the client returned. */
    public Object call(CallPickupClient client) {
      return call.apply(client);
    }

    /** The answer a healthy server gives; a new builder each time (WireMock's builders are mutable). */
    public ResponseDefinitionBuilder success() {
      return success.get();
    }
  }

  /**
   * Scripts {@code op} to answer its first requests with {@code answers}, in order; the last answer
   * repeats for every later request.
   */
  public static void script(WireMockExtension wm, Op op, List<ResponseDefinitionBuilder> answers) {
    for (int i = 0; i < answers.size(); i++) {
      String state = i == 0 ? Scenario.STARTED : "answer-" + i;
      String next = i + 1 < answers.size() ? "answer-" + (i + 1) : state;
      wm.stubFor(op.request().inScenario("script").whenScenarioStateIs(state)
          .willReturn(answers.get(i)).willSetStateTo(next));
    }
  }

  /** WireMock's notifications would echo request headers; the suites need none of them. */
  private static final class Silent implements Notifier {
    @Override
    public void info(String message) {}

    @Override
    public void error(String message) {}

    @Override
    public void error(String message, Throwable t) {}
  }
}
