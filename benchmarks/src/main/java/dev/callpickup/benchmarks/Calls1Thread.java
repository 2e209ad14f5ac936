package dev.callpickup.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link Calls} on one thread. */
@Threads(1)
public class Calls1Thread extends Calls {
}
