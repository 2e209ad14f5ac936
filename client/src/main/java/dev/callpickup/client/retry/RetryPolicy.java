package dev.callpickup.client.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long the client retries a failed call. Immutable; build with
 * {@link #builder()}.
 *
 * <p>What is retried: 429 and 423 for every method; 500, 502, 503, 504 and I/O errors (a timeout,
 * a connection that failed before or during the response) for GET, PUT and DELETE. A POST
 * (create) is retried only when the server cannot have acted on it: a 429, a 423, or a
 * connection that failed before the request was sent; never on a 5xx.
 *
 * <p>How long it waits: the {@code Retry-After} header (delta-seconds or HTTP-date) when the
 * server sent a readable one; otherwise exponential backoff from {@link #initialBackoff()},
 * doubling up to {@link #maxBackoff()}, with random jitter. A {@code Retry-After} longer than
 * {@link #maxWait()} is not waited for: the call fails at once with the server's answer, so the
 * caller can decide. No wait ever makes the call exceed {@link #totalBudget()}.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration maxWait;
  private final Duration totalBudget;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Sleeper sleeper;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.maxWait = b.maxWait;
    this.totalBudget = b.totalBudget;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.sleeper = b.sleeper;
  }

  /** @return 4 attempts, waits up to 60 s each, 2 min in all, backoff 500 ms doubling to 8 s */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** @return a policy that makes exactly one attempt */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** @return a builder holding the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return attempts per call, the first included */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** @return the longest single wait; a longer {@code Retry-After} ends the call */
  public Duration maxWait() {
    return maxWait;
  }

  /** @return the time a call may spend in all its attempts and waits */
  public Duration totalBudget() {
    return totalBudget;
  }

  /** @return the first backoff when the server gave no usable {@code Retry-After} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** @return the ceiling of the exponential backoff */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** @return how waits are spent */
  public Sleeper sleeper() {
    return sleeper;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", maxWait=" + maxWait + ", totalBudget="
        + totalBudget + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + '}';
  }

  /** Builds a {@link RetryPolicy}; every setter validates its argument. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration maxWait = Duration.ofSeconds(60);
    private Duration totalBudget = Duration.ofMinutes(2);
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;

    private Builder() {
    }

    /**
     * @param maxAttempts attempts per call, the first included; 1 disables retries
     * @return this
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be >= 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * @param maxWait the longest single wait
     * @return this
     */
    public Builder maxWait(Duration maxWait) {
      this.maxWait = nonNegative(maxWait, "maxWait");
      return this;
    }

    /**
     * @param totalBudget the time a call may spend in all attempts and waits
     * @return this
     */
    public Builder totalBudget(Duration totalBudget) {
      this.totalBudget = nonNegative(totalBudget, "totalBudget");
      return this;
    }

    /**
     * @param initialBackoff the first backoff without a usable {@code Retry-After}
     * @return this
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * @param maxBackoff the ceiling of the exponential backoff
     * @return this
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * @param sleeper how waits are spent (tests record them instead)
     * @return this
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** @return the policy */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return d;
    }
  }
}
