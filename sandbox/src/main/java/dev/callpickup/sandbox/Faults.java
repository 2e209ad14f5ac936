package dev.callpickup.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults the sandbox injects on purpose, for demos and for testing retry and timeout handling.
 * Immutable; combine with {@link #withLatency(Duration)} and {@link #withRateLimitEvery(int, String)}.
 * The default, {@link #none()}, injects nothing.
 */
public final class Faults {
    private static final Faults NONE = new Faults(0, "1", Duration.ZERO);

    private final int rateLimitEvery;
    private final String retryAfter;
    private final Duration latency;

    private Faults(int rateLimitEvery, String retryAfter, Duration latency) {
        if (rateLimitEvery < 0) {
            throw new IllegalArgumentException("rateLimitEvery must be >= 0 (0 = off), was " + rateLimitEvery);
        }
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isEmpty() || retryAfter.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("retryAfter must be printable ASCII text, e.g. \"2\"");
        }
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + latency);
        }
        this.rateLimitEvery = rateLimitEvery;
        this.retryAfter = retryAfter;
        this.latency = latency;
    }

    /**
     * No faults.
     *
     * @return the faults that inject nothing
     */
    public static Faults none() {
        return NONE;
    }

    /**
     * Answer every {@code n}th request with 429 and {@code Retry-After: retryAfter}; the request is not processed.
     *
     * @param n          period (1 = every request)
     * @param retryAfter the header value, sent as is (Webex has sent odd values; tests may want them)
     * @return the faults
     */
    public static Faults rateLimitEvery(int n, String retryAfter) {
        return NONE.withRateLimitEvery(n, retryAfter);
    }

    /**
     * Delay every response by {@code latency}.
     *
     * @param latency added latency
     * @return the faults
     */
    public static Faults latency(Duration latency) {
        return NONE.withLatency(latency);
    }

    /**
     * @param n          period (1 = every request, 0 = off)
     * @param retryAfter the header value
     * @return a copy that also rate-limits
     */
    public Faults withRateLimitEvery(int n, String retryAfter) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        return new Faults(n, retryAfter, latency);
    }

    /**
     * @param added latency added to every response
     * @return a copy that also delays
     */
    public Faults withLatency(Duration added) {
        return new Faults(rateLimitEvery, retryAfter, Objects.requireNonNull(added, "latency"));
    }

    /** @return the rate limit period; 0 when off */
    public int rateLimitEvery() {
        return rateLimitEvery;
    }

    /** @return the {@code Retry-After} value of injected 429s */
    public String retryAfter() {
        return retryAfter;
    }

    /** @return the latency added to every response */
    public Duration latency() {
        return latency;
    }

    @Override
    public String toString() {
        return "Faults[rateLimitEvery=" + rateLimitEvery + ", retryAfter=" + retryAfter + ", latency=" + latency + "]";
    }
}
