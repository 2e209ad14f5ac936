package dev.callpickup.client.internal.feign;

import dev.callpickup.client.errors.TransportException;
import dev.callpickup.client.errors.WebexApiException;
import dev.callpickup.client.retry.RetryAfter;
import dev.callpickup.client.retry.RetryPolicy;
import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.Retryer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Feign {@link Retryer} that applies a {@link RetryPolicy}. Replaces {@code Retryer.Default},
 * which caps every wait at 1 s and retries POSTs. Feign clones it for every call, so the
 * attempt count and the time spent are per call.
 */
public final class PolicyRetryer implements Retryer {

  private final RetryPolicy policy;
  private final long startNanos = System.nanoTime();
  private int attempt = 1;
  private Duration waited = Duration.ZERO;

  /** @param policy the policy to apply */
  public PolicyRetryer(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    Throwable cause = e.getCause();
    if (attempt >= policy.maxAttempts() || Thread.currentThread().isInterrupted()
        || !retryable(e.method(), cause)) {
      throw e;
    }
    Optional<Duration> wait = waitBefore(attempt, cause);
    if (wait.isEmpty()) {
      throw e;
    }
    Duration spent = Duration.ofNanos(System.nanoTime() - startNanos);
    if (waited.compareTo(spent) > 0) {
      spent = waited; // a test sleeper spends no real time; count the planned waits instead
    }
    if (spent.plus(wait.get()).compareTo(policy.totalBudget()) > 0) {
      throw e;
    }
    try {
      policy.sleeper().sleep(wait.get());
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new RetryableException(-1, "interrupted", e.method(),
          new TransportException("Interrupted while waiting to retry", ie), e.request());
    }
    waited = waited.plus(wait.get());
    attempt++;
  }

  /** Whether the server cannot have acted, or acting twice is harmless (not a POST). */
  static boolean retryable(HttpMethod method, Throwable cause) {
    if (cause instanceof WebexApiException api) {
      int s = api.status();
      if (s == 429 || s == 423) {
        return true;
      }
      return method != HttpMethod.POST && (s == 500 || s == 502 || s == 503 || s == 504);
    }
    if (cause instanceof IOException io) {
      return method != HttpMethod.POST || failedBeforeSending(io);
    }
    return false;
  }

  /** Connection-phase failures: nothing reached the server. */
  static boolean failedBeforeSending(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConnectException || c instanceof HttpConnectTimeoutException
          || c instanceof UnknownHostException || c instanceof NoRouteToHostException) {
        return true;
      }
    }
    return false;
  }

  /** The wait before the next attempt, or empty when the server asks for more than maxWait. */
  private Optional<Duration> waitBefore(int failedAttempts, Throwable cause) {
    if (cause instanceof WebexApiException api && (api.status() == 429 || api.status() == 423
        || api.status() == 503)) {
      Optional<Duration> asked = api.retryAfter().flatMap(v -> RetryAfter.parse(v, Instant.now()));
      if (asked.isPresent()) {
        return asked.get().compareTo(policy.maxWait()) > 0 ? Optional.empty() : asked;
      }
    }
    return Optional.of(backoff(failedAttempts));
  }

  /** Exponential backoff with "equal jitter": half fixed, half random. */
  private Duration backoff(int failedAttempts) {
    long base = policy.initialBackoff().toMillis();
    long cap = Math.min(policy.maxBackoff().toMillis(), policy.maxWait().toMillis());
    long exp = failedAttempts > 30 ? cap : Math.min(cap, base << (failedAttempts - 1));
    long half = exp / 2;
    long jitter = half == 0 ? 0 : ThreadLocalRandom.current().nextLong(half + 1);
    return Duration.ofMillis(exp - half + jitter);
  }

  @Override
  public Retryer clone() {
    return new PolicyRetryer(policy);
  }
}
