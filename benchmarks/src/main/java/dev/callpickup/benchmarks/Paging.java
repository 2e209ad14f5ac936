package dev.callpickup.benchmarks;

import dev.callpickup.benchmarks.server.FixedBytesServer;
import dev.callpickup.benchmarks.transport.Stack;
import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.ListAvailableAgentsOptions;
import dev.callpickup.client.model.Agent;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Auto-paging through 100,000 available agents (50 pages of 2,000, linked by
 * {@code Link: rel="next"}) with the default client, in a JVM limited to a 64 MB heap. The
 * server runs in its own JVM, so the limit is the client's alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class Paging {

  private CallPickupClient client;
  private ListAvailableAgentsOptions options;

  /** Checks that the heap limit is in force and builds the default client. */
  @Setup(Level.Trial)
  public void setUp(Loopback loopback) {
    long maxHeap = Runtime.getRuntime().maxMemory();
    if (maxHeap > 64L * 1024 * 1024) {
      throw new IllegalStateException("expected -Xmx64m, max heap is " + maxHeap);
    }
    client = Stack.JDK.client(loopback.baseUrl());
    options = ListAvailableAgentsOptions.builder().pageSize(FixedBytesServer.AGENT_PAGE).build();
  }

  /** @return the number of agents seen, always 100,000 */
  @Benchmark
  public long pageThrough100kAgents() {
    long n = 0;
    for (Agent a : client.listAvailableAgents(Loopback.LOCATION_ID, options)) {
      if (a.getId() != null) {
        n++;
      }
    }
    if (n != FixedBytesServer.AGENT_TOTAL) {
      throw new IllegalStateException("saw " + n + " agents, expected "
          + FixedBytesServer.AGENT_TOTAL);
    }
    return n;
  }
}
