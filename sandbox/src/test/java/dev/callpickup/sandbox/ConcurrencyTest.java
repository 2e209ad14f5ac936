package dev.callpickup.sandbox;

import static dev.callpickup.sandbox.Api.LOCATION;
import static dev.callpickup.sandbox.Api.SARAH;
import static dev.callpickup.sandbox.Api.pickups;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.sandbox.junit.SandboxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rules hold when requests race: exactly one of several conflicting creates wins. */
class ConcurrencyTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private static final int RACERS = 24;

    private Api api;

    @BeforeEach
    void freshState() {
        SANDBOX.sandbox().reset();
        api = new Api(SANDBOX.sandbox());
    }

    @Test
    void concurrentCreatesOfTheSameNameLetExactlyOneSucceed() throws Exception {
        List<Integer> statuses = race(i -> "{\"name\":\"Race\"}");

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(api.get(pickups(LOCATION) + "?name=Race").json().get("callPickups")).hasSize(1);
    }

    @Test
    void concurrentCreatesClaimingTheSameAgentLetExactlyOneSucceed() throws Exception {
        List<Integer> statuses = race(i -> "{\"name\":\"Race " + i + "\",\"agents\":[\"" + SARAH + "\"]}");

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(api.get(pickups(LOCATION) + "?name=Race").json().get("callPickups")).hasSize(1);
    }

    @Test
    void concurrentCreatesOfDistinctNamesAllSucceed() throws Exception {
        List<Integer> statuses = race(i -> "{\"name\":\"Distinct " + i + "\"}");

        assertThat(statuses).containsOnly(201);
        assertThat(api.get(pickups(LOCATION) + "?name=Distinct").json().get("callPickups")).hasSize(RACERS);
    }

    private List<Integer> race(IntFunction<String> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String json = body.apply(i);
                Callable<Integer> create = () -> {
                    start.await();
                    return api.post(pickups(LOCATION), json).status();
                };
                results.add(pool.submit(create));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
