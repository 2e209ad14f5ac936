package dev.callpickup.benchmarks.coldstart;

import dev.callpickup.benchmarks.Loopback;
import dev.callpickup.benchmarks.transport.Stack;
import dev.callpickup.client.model.CallPickup;
import java.lang.management.ManagementFactory;

/**
 * The child of {@link ColdStart}: in a fresh JVM, builds a client (or the hand-written baseline)
 * and makes one get-details call, prints {@code done} the moment it has the answer, then how
 * long the JVM had been up.
 */
public final class FirstCall {

  private FirstCall() {
  }

  /**
   * @param args {@code client|baseline}, a {@link Stack} name, the base URL
   * @throws Exception on failure (the harness then reports it)
   */
  public static void main(String[] args) throws Exception {
    Stack stack = Stack.valueOf(args[1]);
    CallPickup cp = args[0].equals("client")
        ? stack.client(args[2]).getCallPickup(Loopback.LOCATION_ID, Loopback.CALL_PICKUP_ID)
        : stack.baseline(args[2]).get(Loopback.LOCATION_ID, Loopback.CALL_PICKUP_ID);
    if (cp == null || cp.getAgents() == null || cp.getAgents().size() != 3) {
      throw new IllegalStateException("unexpected answer " + cp);
    }
    System.out.println("done");
    System.out.flush();
    System.out.println("uptimeMs " + ManagementFactory.getRuntimeMXBean().getUptime());
    System.exit(0);
  }
}
