package dev.callpickup.sandbox;

import static dev.callpickup.sandbox.Api.LOCATION;
import static dev.callpickup.sandbox.Api.pickups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Injected faults: off by default, 429 with Retry-After every Nth request, added latency. */
class FaultInjectionTest {

    @Test
    void noFaultsByDefault() {
        try (Sandbox sandbox = Sandbox.builder().build().start()) {
            Api api = new Api(sandbox);
            for (int i = 0; i < 10; i++) {
                assertThat(api.get(pickups(LOCATION)).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void everyNthRequestAnswers429WithRetryAfterAndIsNotProcessed() {
        try (Sandbox sandbox = Sandbox.builder().faults(Faults.rateLimitEvery(3, "2")).build().start()) {
            Api api = new Api(sandbox);
            List<Integer> statuses = new ArrayList<>();
            Api.Reply limited = null;
            for (int i = 0; i < 6; i++) {
                Api.Reply reply = api.post(pickups(LOCATION), "{\"name\":\"Group " + i + "\"}");
                statuses.add(reply.status());
                if (reply.status() == 429) {
                    limited = reply;
                }
            }

            assertThat(statuses).containsExactly(201, 201, 429, 201, 201, 429);
            assertThat(limited.header("Retry-After")).isEqualTo("2");
            limited.assertWebexError(429);
            assertThat(api.get(pickups(LOCATION) + "?name=Group%202").json().get("callPickups")).isEmpty();
        }
    }

    @Test
    void latencyDelaysEveryResponse() {
        Duration latency = Duration.ofMillis(150);
        try (Sandbox sandbox = Sandbox.builder().faults(Faults.latency(latency)).build().start()) {
            Api api = new Api(sandbox);
            long startNanos = System.nanoTime();

            api.get(pickups(LOCATION));

            assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isGreaterThanOrEqualTo(latency);
        }
    }

    @Test
    void faultsCombineAndRefuseNonsense() {
        Faults both = Faults.latency(Duration.ofMillis(5)).withRateLimitEvery(2, "rand(30),add(30)");
        assertThat(both.rateLimitEvery()).isEqualTo(2);
        assertThat(both.retryAfter()).isEqualTo("rand(30),add(30)");
        assertThat(both.latency()).isEqualTo(Duration.ofMillis(5));
        assertThatThrownBy(() -> Faults.rateLimitEvery(0, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Faults.rateLimitEvery(1, "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Faults.latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
