package dev.callpickup.reliability.support;

import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.LogLevel;
import dev.callpickup.client.retry.RetryPolicy;
import dev.callpickup.client.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Clients for the suites: the fake token, full logging (to give a leak every chance), short timeouts. */
public final class Clients {

  /** A location ID of the right shape; the fault servers do not care which. */
  public static final String LOCATION = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1";
  /** A call pickup ID of the right shape. */
  public static final String PICKUP = "Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNEST0";

  private Clients() {}

  /** Records each wait the retry policy asks for, and spends none of it. */
  public static final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }

    /** The waits asked for so far, in order. */
    public List<Duration> waits() {
      return List.copyOf(waits);
    }
  }

  /** A fast policy: 3 attempts, backoff 10-40 ms, at most 5 s per wait and 8 s in all. */
  public static RetryPolicy.Builder fastPolicy() {
    return RetryPolicy.builder()
        .maxAttempts(3)
        .initialBackoff(Duration.ofMillis(10))
        .maxBackoff(Duration.ofMillis(40))
        .maxWait(Duration.ofSeconds(5))
        .totalBudget(Duration.ofSeconds(8));
  }

  /** A builder for {@code baseUrl} with the fake token, FULL logging and 1 s timeouts. */
  public static CallPickupClient.Builder builder(String baseUrl) {
    return CallPickupClient.builder()
        .baseUrl(baseUrl)
        .token(FakeTokens.CLIENT)
        .logLevel(LogLevel.FULL)
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(1));
  }

  /** A client with {@link #fastPolicy()} whose waits are recorded by {@code sleeper}, not spent. */
  public static CallPickupClient fast(String baseUrl, RecordingSleeper sleeper) {
    return builder(baseUrl).retryPolicy(fastPolicy().sleeper(sleeper).build()).build();
  }
}
