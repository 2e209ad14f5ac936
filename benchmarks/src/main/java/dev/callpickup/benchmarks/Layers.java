package dev.callpickup.benchmarks;

import dev.callpickup.benchmarks.baseline.HandWritten;
import dev.callpickup.benchmarks.server.Examples;
import dev.callpickup.client.internal.validation.RequestValidator;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupIdResponse;
import dev.callpickup.client.model.CallPickupList;
import dev.callpickup.client.model.CreateCallPickupRequest;
import java.io.IOException;
import java.util.HashMap;
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

/**
 * Where the time of a call goes, without the network: the client's request validation as each
 * call does it (a fresh parameter map, the spec's parameter rules, Hibernate Validator on a
 * body), and JSON mapping with the client's settings on the example payloads.
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

  /** Loads the examples and the validator once. */
  @Setup
  public void setUp() throws IOException {
    validator = RequestValidator.shared();
    examples = Examples.load();
    createRequest = HandWritten.MAPPER.readValue(examples.createRequest,
        CreateCallPickupRequest.class);
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
