package dev.callpickup.benchmarks;

import dev.callpickup.benchmarks.baseline.HandWritten;
import dev.callpickup.benchmarks.server.Examples;
import dev.callpickup.benchmarks.transport.Stack;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.Transport;
import dev.callpickup.client.internal.validation.RequestValidator;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupIdResponse;
import dev.callpickup.client.model.CallPickupList;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import java.io.IOException;
import feign.Request;
import feign.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where the time of a call goes, without the network: the client's request validation as each
 * call does it (a fresh parameter map, the spec's parameter rules, Hibernate Validator on a
 * body), JSON mapping with the client's settings on the example payloads, and the whole client
 * over an in-memory transport that answers with the example bytes ({@code client*NoNetwork}):
 * what is left of those after validation and mapping is Feign's request building and the
 * client's own glue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class Layers {

  private RequestValidator validator;
  private Examples examples;
  private CreateCallPickupRequest createRequest;
  private CallPickupClient inMemory;

  /** Loads the examples and the validator once. */
  @Setup
  public void setUp() throws IOException {
    validator = RequestValidator.shared();
    examples = Examples.load();
    createRequest = HandWritten.MAPPER.readValue(examples.createRequest,
        CreateCallPickupRequest.class);
    inMemory = CallPickupClient.builder().baseUrl("http://127.0.0.1:9/v1").token(Stack.TOKEN)
        .transport(Transport.custom(this::answer)).build();
  }

  /** The example answer for the request, as the loopback server would send it. */
  private Response answer(Request request, Request.Options options) {
    boolean create = request.httpMethod() == Request.HttpMethod.POST;
    boolean list = request.url().contains("/callPickups?") || request.url().endsWith("/callPickups");
    byte[] body = create ? examples.createResponse
        : list ? examples.callPickupList : examples.callPickupDetails;
    return Response.builder().status(create ? 201 : 200).request(request).body(body)
        .headers(Map.of("Content-Type", List.of("application/json"),
            "trackingid", List.of("ROUTER_00000000-0000-0000-0000-000000000000")))
        .build();
  }

  /** @return the details through the whole client, no network */
  @Benchmark
  public CallPickup clientGetNoNetwork() {
    return inMemory.getCallPickup(Loopback.LOCATION_ID, Loopback.CALL_PICKUP_ID);
  }

  /** @return the new ID through the whole client, no network */
  @Benchmark
  public String clientCreateNoNetwork() {
    return inMemory.createCallPickup(Loopback.LOCATION_ID, createRequest);
  }

  /** Iterates one page through the whole client, no network. */
  @Benchmark
  public void clientListPageNoNetwork(Blackhole bh) {
    for (CallPickupSummary summary : inMemory.listCallPickups(Loopback.LOCATION_ID)) {
      bh.consume(summary);
    }
  }

  /** Validation of a get: two IDs and a tracking ID. */
  @Benchmark
  public Map<String, Object> validateGet() {
    Map<String, Object> p = new HashMap<>();
    p.put("locationId", Loopback.LOCATION_ID);
    p.put("callPickupId", Loopback.CALL_PICKUP_ID);
    p.put("TrackingID", "CALLPICKUP_" + UUID.randomUUID());
    p.put("orgId", null);
    validator.validate("getCallPickup", p, null);
    return p;
  }

  /** Validation of a create: the location, a tracking ID and the example body. */
  @Benchmark
  public Map<String, Object> validateCreate() {
    Map<String, Object> p = new HashMap<>();
    p.put("locationId", Loopback.LOCATION_ID);
    p.put("TrackingID", "CALLPICKUP_" + UUID.randomUUID());
    p.put("orgId", null);
    validator.validate("createCallPickup", p, createRequest, true);
    return p;
  }

  /** Validation of a list page request. */
  @Benchmark
  public Map<String, Object> validateList() {
    Map<String, Object> p = new HashMap<>();
    p.put("locationId", Loopback.LOCATION_ID);
    p.put("max", 100);
    p.put("start", 0);
    p.put("order", null);
    p.put("name", null);
    p.put("orgId", null);
    validator.validate("listCallPickups", p, null);
    return p;
  }

  /** @return the details example, read */
  @Benchmark
  public CallPickup mapReadDetails() throws IOException {
    return HandWritten.MAPPER.readValue(examples.callPickupDetails, CallPickup.class);
  }

  /** @return the create example, written */
  @Benchmark
  public byte[] mapWriteCreate() throws IOException {
    return HandWritten.MAPPER.writeValueAsBytes(createRequest);
  }

  /** @return the created example, read */
  @Benchmark
  public CallPickupIdResponse mapReadCreated() throws IOException {
    return HandWritten.MAPPER.readValue(examples.createResponse, CallPickupIdResponse.class);
  }

  /** @return the list example, read */
  @Benchmark
  public CallPickupList mapReadList() throws IOException {
    return HandWritten.MAPPER.readValue(examples.callPickupList, CallPickupList.class);
  }
}
