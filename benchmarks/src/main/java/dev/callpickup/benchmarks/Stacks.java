package dev.callpickup.benchmarks;

import dev.callpickup.benchmarks.baseline.HandWritten;
import dev.callpickup.benchmarks.server.Examples;
import dev.callpickup.benchmarks.transport.Stack;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The client and the baseline on one transport, shared by all benchmark threads (both are
 * thread-safe and meant to be built once). Setup checks that both read the examples correctly,
 * so a benchmark can never measure a fast failure.
 */
@State(Scope.Benchmark)
public class Stacks {

  /** The transport under both. */
  @Param({"JDK", "OKHTTP"})
  public Stack stack;

  CallPickupClient client;
  HandWritten baseline;
  CreateCallPickupRequest createRequest;

  /**
   * @param loopback the server
   * @throws IOException if a baseline call fails
   */
  @Setup(Level.Trial)
  public void setUp(Loopback loopback) throws IOException {
    client = stack.client(loopback.baseUrl());
    baseline = stack.baseline(loopback.baseUrl());
    createRequest = HandWritten.MAPPER.readValue(Examples.load().createRequest,
        CreateCallPickupRequest.class);

    CallPickup a = client.getCallPickup(Loopback.LOCATION_ID, Loopback.CALL_PICKUP_ID);
    CallPickup b = baseline.get(Loopback.LOCATION_ID, Loopback.CALL_PICKUP_ID);
    same("get", a, b);
    same("create", client.createCallPickup(Loopback.LOCATION_ID, createRequest),
        baseline.create(Loopback.LOCATION_ID, createRequest));
    List<CallPickupSummary> page = new ArrayList<>();
    client.listCallPickups(Loopback.LOCATION_ID).forEach(page::add);
    same("list", page, baseline.listPage(Loopback.LOCATION_ID));
    if (a.getAgents() == null || a.getAgents().size() != 3 || page.size() != 2) {
      throw new IllegalStateException("the server did not answer with the spec's examples");
    }
  }

  /** Releases the baseline's connections. */
  @TearDown(Level.Trial)
  public void tearDown() {
    baseline.close();
  }

  private static void same(String what, Object client, Object baseline) {
    if (client == null || !client.equals(baseline)) {
      throw new IllegalStateException(what + ": client and baseline disagree: " + client
          + " vs " + baseline);
    }
  }
}
