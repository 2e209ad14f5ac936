package dev.callpickup.benchmarks;

import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupSummary;
import java.io.IOException;
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
 * Whole calls against the loopback server, for get details, create, and one page of a list: the
 * client and the hand-written baseline on the same transport ({@link Stacks#stack}) take turns
 * by iteration in one fork ({@link Turns}), so each JMH result holds both sides; the report splits
 * its iterations by side. {@code rawSocketGet} is the server's ceiling. {@link Calls1Thread} and
 * {@link Calls8Threads} run them at 1 and 8 threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 4, time = 1)
public abstract class Calls {

  /** @return the details, through the client or by hand */
  @Benchmark
  public CallPickup get(Stacks s, Turns t) throws IOException {
    if (t.client()) {
      return s.client.getCallPickup(Loopback.LOCATION_ID, Loopback.CALL_PICKUP_ID);
    }
    return s.baseline.get(Loopback.LOCATION_ID, Loopback.CALL_PICKUP_ID);
  }

  /** @return the new ID, through the client or by hand */
  @Benchmark
  public String create(Stacks s, Turns t) throws IOException {
    if (t.client()) {
      return s.client.createCallPickup(Loopback.LOCATION_ID, s.createRequest);
    }
    return s.baseline.create(Loopback.LOCATION_ID, s.createRequest);
  }

  /** Iterates one page (the server sends no next link), through the client or by hand. */
  @Benchmark
  public void listPage(Stacks s, Turns t, Blackhole bh) throws IOException {
    Iterable<CallPickupSummary> page = t.client()
        ? s.client.listCallPickups(Loopback.LOCATION_ID)
        : s.baseline.listPage(Loopback.LOCATION_ID);
    for (CallPickupSummary summary : page) {
      bh.consume(summary);
    }
  }

  /** @return the body length of a raw keep-alive GET: the server's ceiling */
  @Benchmark
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public int rawSocketGet(RawConnection c) throws IOException {
    return c.roundTrip();
  }
}
