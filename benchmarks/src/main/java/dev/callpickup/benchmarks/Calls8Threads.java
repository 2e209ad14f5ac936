package dev.callpickup.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link Calls} on 8 threads sharing one client (and one baseline). */
@Threads(8)
public class Calls8Threads extends Calls {
}
