package dev.callpickup.benchmarks;

import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupSummary;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole calls against the loopback server: the client ({@code client*}) against the
 * hand-written baseline ({@code baseline*}) on the same transport ({@code stack} parameter),
 * for get details, create, and one page of a list; and {@code rawSocketGet}, the server's
 * ceiling. {@link Calls1Thread} and {@link Calls8Threads} run them at 1 and 8 threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public abstract class Calls {

  /** @return the details, through the client */
  @Benchmark
  public CallPickup clientGet(Stacks s) {
    return s.client.getCallPickup(Loopback.LOCATION_ID, Loopback.CALL_PICKUP_ID);
  }

  /** @return the new ID, through the client */
  @Benchmark
  public String clientCreate(Stacks s) {
    return s.client.createCallPickup(Loopback.LOCATION_ID, s.createRequest);
  }

  /** Iterates one page (the server sends no next link), through the client. */
  @Benchmark
  public void clientListPage(Stacks s, Blackhole bh) {
    for (CallPickupSummary summary : s.client.listCallPickups(Loopback.LOCATION_ID)) {
      bh.consume(summary);
    }
  }

  /** @return the details, by hand */
  @Benchmark
  public CallPickup baselineGet(Stacks s) throws IOException {
    return s.baseline.get(Loopback.LOCATION_ID, Loopback.CALL_PICKUP_ID);
  }

  /** @return the new ID, by hand */
  @Benchmark
  public String baselineCreate(Stacks s) throws IOException {
    return s.baseline.create(Loopback.LOCATION_ID, s.createRequest);
  }

  /** Iterates one page, by hand. */
  @Benchmark
  public void baselineListPage(Stacks s, Blackhole bh) throws IOException {
    List<CallPickupSummary> page = s.baseline.listPage(Loopback.LOCATION_ID);
    for (CallPickupSummary summary : page) {
      bh.consume(summary);
    }
  }

  /** @return the body length of a raw keep-alive GET: the server's ceiling */
  @Benchmark
  public int rawSocketGet(RawConnection c) throws IOException {
    return c.roundTrip();
  }
}
