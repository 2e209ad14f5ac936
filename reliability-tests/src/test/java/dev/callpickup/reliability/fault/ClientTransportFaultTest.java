package dev.callpickup.reliability.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.errors.TransportException;
import dev.callpickup.reliability.support.Clients;
import dev.callpickup.reliability.support.Clients.RecordingSleeper;
import dev.callpickup.reliability.support.FaultServer;
import dev.callpickup.reliability.support.FaultServer.Op;
import dev.callpickup.reliability.support.Leaks;
import dev.callpickup.reliability.support.RawHttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Network faults (refused, reset before or inside a response, empty or garbage answers, timeouts,
 * trickles): a read or update is repeated and succeeds, a create the server may have received is
 * not repeated, and every call ends as a {@link TransportException} or a result within a bound.
 */
// A hung call must fail its case, not the build: the call runs on a thread the timeout can abandon.
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClientTransportFaultTest {

  @RegisterExtension
  static final WireMockExtension WM = FaultServer.extension();

  private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

  @BeforeAll
  static void warmUp() {
    // The first request to a cold WireMock takes ~0.5 s; no case should pay for that.
    WM.stubFor(Op.GET.request().willReturn(Op.GET.success()));
    Op.GET.call(Clients.fast(WM.baseUrl() + "/v1", new RecordingSleeper()));
  }

  @BeforeEach
  void reset() {
    WM.resetAll();
  }

  /**
   * A case: the answers, whether the call succeeds, how many requests the server may see (the
   * JDK's HttpClient itself re-sends a GET once when a connection dies before the response, so a
   * GET attempt can count twice), and the bound on the call's duration.
   */
  record Case(String name, Op op, List<ResponseDefinitionBuilder> answers, boolean succeeds, int requests,
      int maxRequests, Duration bound, Duration readTimeout) {
    Case(String name, Op op, List<ResponseDefinitionBuilder> answers, boolean succeeds, int requests,
        Duration bound) {
      this(name, op, answers, succeeds, requests, requests, bound, Duration.ofSeconds(1));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static ResponseDefinitionBuilder fault(Fault fault) {
    return aResponse().withFault(fault);
  }

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    Duration quick = Duration.ofSeconds(3);
    // WireMock's faults, each on every attempt: reads and updates are repeated (3 attempts; the
    // JDK itself may re-send a GET once per attempt), a create is sent once. Single faults
    // followed by a healthy answer are in rawFaultOnce: WireMock's scenario switching and the
    // JDK's own GET re-send race there, which tests the harness rather than the client.
    for (Fault f : List.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE,
        Fault.MALFORMED_RESPONSE_CHUNK, Fault.RANDOM_DATA_THEN_CLOSE)) {
      c.add(new Case("GET " + f + " on every attempt -> TransportException after 3 attempts", Op.GET,
          List.of(fault(f)), false, 3, 6, quick, Duration.ofSeconds(1)));
      c.add(new Case("PUT " + f + " on every attempt -> TransportException after 3 attempts", Op.PUT,
          List.of(fault(f)), false, 3, 3, quick, Duration.ofSeconds(1)));
      c.add(new Case("POST " + f + " -> TransportException, exactly one request (the create may have happened)",
          Op.POST, List.of(fault(f), Op.POST.success()), false, 1, quick));
    }
    ResponseDefinitionBuilder late = Op.GET.success().withFixedDelay(1500);
    c.add(new Case("GET read timeout on every attempt -> TransportException after 3 requests, within ~1.2 s",
        Op.GET, List.of(late), false, 3, 3, Duration.ofMillis(2500), READ_TIMEOUT));
    c.add(new Case("POST read timeout -> TransportException, exactly one request", Op.POST,
        List.of(Op.POST.success().withFixedDelay(1500)), false, 1, 1, Duration.ofMillis(1500), READ_TIMEOUT));
    c.add(new Case("PUT slow trickle inside the timeout (5 chunks over 300 ms) -> succeeds, one request", Op.PUT,
        List.of(Op.PUT.success().withChunkedDribbleDelay(5, 300)), true, 1, quick));
    c.add(new Case("LIST slow trickle inside the timeout (10 chunks over 300 ms) -> succeeds, one request", Op.LIST,
        List.of(Op.LIST.success().withChunkedDribbleDelay(10, 300)), true, 1, quick));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void faultEndsAsPromised(Case fault) {
    FaultServer.script(WM, fault.op(), fault.answers());
    CallPickupClient client = Clients.builder(WM.baseUrl() + "/v1").readTimeout(fault.readTimeout())
        .retryPolicy(Clients.fastPolicy().sleeper(new RecordingSleeper()).build()).build();

    Outcome outcome = Outcome.of(() -> fault.op().call(client));

    if (fault.succeeds()) {
      assertThat(outcome.thrown()).as("exception").isNull();
      assertThat(outcome.result()).isNotNull();
    } else {
      assertThat(outcome.thrown()).as("exception").isInstanceOf(TransportException.class);
      Leaks.assertNoToken(outcome.thrown());
    }
    assertThat(WM.getAllServeEvents().size()).as("requests the server saw")
        .isBetween(fault.requests(), fault.maxRequests());
    assertThat(outcome.took()).as("time the call took").isLessThan(fault.bound());
  }

  @ParameterizedTest(name = "{0} to a refused port -> TransportException after 3 attempts (nothing was sent)")
  @MethodSource("everyOperation")
  void connectionRefusedIsRepeatedForEveryMethod(Op op) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      port = s.getLocalPort();
    }
    RecordingSleeper sleeper = new RecordingSleeper();
    CallPickupClient client = Clients.fast("http://127.0.0.1:" + port + "/v1", sleeper);

    Outcome outcome = Outcome.of(() -> op.call(client));

    assertThat(outcome.thrown()).isInstanceOf(TransportException.class);
    Leaks.assertNoToken(outcome.thrown());
    // Even a create is repeated: a refused connection carried no request.
    assertThat(sleeper.waits()).as("waits between the 3 attempts").hasSize(2);
    assertThat(outcome.took()).isLessThan(Duration.ofSeconds(3));
  }

  static Stream<Op> everyOperation() {
    return Stream.of(Op.values());
  }

  /** A raw server's first answer; every later request gets a healthy answer. */
  enum RawFault {
    RESET_BEFORE_RESPONSE((socket, out) -> RawHttpServer.reset(socket)),
    CLOSE_WITHOUT_RESPONSE((socket, out) -> { }),
    GARBAGE_THEN_CLOSE((socket, out) -> out.write(new byte[] {0, -1, 13, 10, 'x', 'y', 0, 13, 10, 13, 10})),
    RESET_INSIDE_THE_BODY((socket, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
          + "{\"callPickups\":[{\"id\":\"abc\",").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      RawHttpServer.reset(socket);
    }),
    CLOSE_INSIDE_THE_BODY((socket, out) -> out.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"id\":")
            .getBytes(StandardCharsets.US_ASCII))),
    NO_ANSWER_WITHIN_THE_READ_TIMEOUT((socket, out) -> Thread.sleep(1500)),
    MALFORMED_CHUNK((socket, out) -> out.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "ZZ-not-hex\r\n{\"id\r\n").getBytes(StandardCharsets.US_ASCII)));

    final RawHttpServer.Behaviour first;

    RawFault(RawHttpServer.Behaviour first) {
      this.first = first;
    }
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> rawFaults() {
    List<org.junit.jupiter.params.provider.Arguments> a = new ArrayList<>();
    for (RawFault f : RawFault.values()) {
      for (Op op : List.of(Op.GET, Op.LIST, Op.PUT, Op.DELETE)) {
        a.add(org.junit.jupiter.params.provider.Arguments.of(op, f, "is repeated and succeeds", 2));
      }
      a.add(org.junit.jupiter.params.provider.Arguments.of(Op.POST, f,
          "ends in TransportException after exactly one request", 1));
    }
    return a.stream();
  }

  @ParameterizedTest(name = "{0} {1} once -> {2}")
  @MethodSource("rawFaults")
  void rawFaultOnce(Op op, RawFault fault, String expected, int requests) throws Exception {
    AtomicInteger seen = new AtomicInteger();
    byte[] healthy = rawAnswer(op);
    try (RawHttpServer server = RawHttpServer.start((socket, out) -> {
      if (seen.getAndIncrement() == 0) {
        fault.first.respond(socket, out);
      } else {
        out.write(healthy);
      }
    })) {
      CallPickupClient client = Clients.fast(server.baseUrl(), new RecordingSleeper());
      Outcome outcome = Outcome.of(() -> op.call(client));

      if (requests == 2) {
        assertThat(outcome.thrown()).as("exception").isNull();
        assertThat(outcome.result()).isNotNull();
      } else {
        assertThat(outcome.thrown()).as("exception").isInstanceOf(TransportException.class);
        Leaks.assertNoToken(outcome.thrown());
      }
      assertThat(server.requestHeads()).as("requests the server saw").hasSize(requests);
      assertThat(outcome.took()).as("time the call took").isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  @Timeout(value = 6, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aBodyThatTricklesForeverIsCutOff() throws Exception {
    try (RawHttpServer server = RawHttpServer.start((socket, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"id\":\"")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (int i = 0; i < 300; i++) { // one byte every 50 ms: 15 s, far beyond any timeout here
        out.write('a');
        out.flush();
        Thread.sleep(50);
      }
    })) {
      CallPickupClient client = Clients.builder(server.baseUrl()).readTimeout(READ_TIMEOUT)
          .retryPolicy(Clients.fastPolicy().maxAttempts(1).build()).build();

      Outcome outcome = Outcome.of(() -> Op.GET.call(client));

      assertThat(outcome.thrown()).isInstanceOf(TransportException.class);
      assertThat(server.requestHeads()).hasSize(1);
      assertThat(outcome.took()).as("time the call took").isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void aDeleteAnswered204WithABodyIsRefusedByTheJdkThenRepeated() throws Exception {
    // RFC 9110 forbids content on a 204; the JDK's HttpClient refuses such an answer before the
    // client sees it (an I/O error). A delete is idempotent, so the client repeats it.
    AtomicInteger seen = new AtomicInteger();
    try (RawHttpServer server = RawHttpServer.start((socket, out) -> out.write((seen.getAndIncrement() == 0
        ? "HTTP/1.1 204 No Content\r\nContent-Length: 23\r\n\r\n{\"unexpected\":\"body!\"}\n"
        : "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII)))) {
      CallPickupClient client = Clients.fast(server.baseUrl(), new RecordingSleeper());

      Outcome outcome = Outcome.of(() -> Op.DELETE.call(client));

      assertThat(outcome.thrown()).isNull();
      assertThat(server.requestHeads()).hasSize(2);
    }
  }

  /** A complete, healthy HTTP/1.1 answer for {@code op}, closing the connection. */
  static byte[] rawAnswer(Op op) {
    String body = switch (op) {
      case GET -> FaultServer.PICKUP_JSON;
      case LIST -> "{\"callPickups\":[{\"id\":\"" + Clients.PICKUP + "\",\"name\":\"A\"}]}";
      default -> FaultServer.ID_JSON;
    };
    int status = op == Op.POST ? 201 : 200;
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    return ("HTTP/1.1 " + status + " OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + b.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  /** The result or the exception of a call, and how long it took. */
  record Outcome(Object result, Throwable thrown, Duration took) {
    static Outcome of(java.util.function.Supplier<Object> call) {
      long start = System.nanoTime();
      try {
        Object r = call.get();
        return new Outcome(r, null, Duration.ofNanos(System.nanoTime() - start));
      } catch (RuntimeException e) {
        return new Outcome(null, e, Duration.ofNanos(System.nanoTime() - start));
      }
    }
  }

}
