package dev.callpickup.reliability.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.ListAvailableAgentsOptions;
import dev.callpickup.client.ListCallPickupsOptions;
import dev.callpickup.client.errors.ConflictException;
import dev.callpickup.client.model.Agent;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.NotificationType;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import dev.callpickup.reliability.support.Clients;
import dev.callpickup.reliability.support.FakeTokens;
import dev.callpickup.reliability.support.Leaks;
import dev.callpickup.sandbox.Sandbox;
import dev.callpickup.sandbox.state.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 32 threads share one client against one sandbox and run 1,280 mixed creates, renames, updates,
 * reads, lists and deletes over a contended pool of agents: the only errors are the conflicts the
 * contention makes, the final state is exactly what the successful operations imply (nothing lost,
 * nothing duplicated, no agent in two pickups), and the client leaves no threads or connections.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LoadConsistencyTest {

  private static final int THREADS = 32;
  private static final int OPS_PER_THREAD = 40;
  private static final int POOL = 48;
  private static final String LOC = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL2xvYWQtdGVzdA";

  /** What one thread believes about one of its pickups, updated only on success. */
  record Model(String name, NotificationType type, int delay, Set<String> agents) {}

  /** Counts of outcomes, by operation and result. */
  private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

  private void count(String what) {
    outcomes.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
  }

  static List<String> agentIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < POOL; i++) {
      ids.add(java.util.Base64.getEncoder().withoutPadding().encodeToString(
          ("ciscospark://us/PEOPLE/load-agent-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return ids;
  }

  static Seed seed() {
    List<Seed.AgentSeed> agents = new ArrayList<>();
    int i = 0;
    for (String id : agentIds()) {
      agents.add(new Seed.AgentSeed(id, "PEOPLE", "Load", "Agent" + i, "Load Agent " + i, null,
          List.of(new Seed.NumberSeed(null, String.valueOf(5000 + i), true))));
      i++;
    }
    return new Seed(List.of(new Seed.LocationSeed(LOC, "Load", "9999", agents, List.of())));
  }

  @Test
  void concurrentMixedWorkloadLosesAndDuplicatesNothing() throws Exception {
    try (Sandbox sandbox = startInItsOwnThreadGroup()) {
      int port = sandbox.port();
      Set<String> threadsBefore = liveThreadNames();
      // The client lives only inside this call: once it returns, nothing references the client.
      Set<String> created = runWorkloadAndCheck(sandbox.baseUrl(), port, threadsBefore);

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      Set<String> selectors;
      do {
        System.gc();
        Thread.sleep(100);
        selectors = liveThreadNames();
        selectors.retainAll(created);
        selectors.removeIf(n -> !n.endsWith("SelectorManager"));
      } while (!selectors.isEmpty() && System.nanoTime() < deadline);
      assertThat(selectors).as("selector threads left once the client is unreachable").isEmpty();
      Set<String> stillThere = liveThreadNames();
      stillThere.retainAll(created);
      System.out.println("load: client threads still alive once the client is unreachable: " + stillThere);
      int left = establishedTo(port);
      System.out.println("load: connections left once the client is unreachable: " + left);
      if (left >= 0) {
        assertThat(left).as("connections left once the client is unreachable").isZero();
      }
    }
  }

  private Set<String> runWorkloadAndCheck(String baseUrl, int port, Set<String> threadsBefore) throws Exception {
    {
      CallPickupClient client = Clients.builder(baseUrl).token(FakeTokens.SANDBOX)
          .logLevel(dev.callpickup.client.LogLevel.BASIC)
          .readTimeout(Duration.ofSeconds(20))
          .retryPolicy(Clients.fastPolicy().build())
          .build();
      List<String> pool = agentIds();
      List<Map<String, Model>> models = new ArrayList<>();
      List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());

      ExecutorService workers = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "load-worker"));
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Map<String, Model> mine = new HashMap<>();
        models.add(mine);
        int thread = t;
        done.add(workers.submit(() -> {
          go.await();
          SplittableRandom r = new SplittableRandom(1000L + thread);
          for (int op = 0; op < OPS_PER_THREAD; op++) {
            try {
              step(client, r, thread, op, mine, pool);
            } catch (ConflictException e) {
              count("conflict (agent taken)");
              Leaks.assertNoToken(e);
            } catch (Throwable e) {
              unexpected.add(e);
            }
          }
          return null;
        }));
      }
      long start = System.nanoTime();
      go.countDown();
      for (Future<?> f : done) {
        f.get(100, TimeUnit.SECONDS);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      workers.shutdown();
      assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      System.out.println("load: " + THREADS * OPS_PER_THREAD + " operations in " + took.toMillis() + " ms; "
          + new TreeMap<>(outcomes));

      assertThat(unexpected).as("unexpected errors (first: %s)", unexpected.isEmpty() ? "" : unexpected.get(0))
          .isEmpty();
      assertThat(outcomes.getOrDefault("create ok", new AtomicInteger()).get()).as("creates that succeeded")
          .isGreaterThan(THREADS);

      // The final state, read when nothing else runs, with small pages to exercise the pager.
      Map<String, Model> expected = new HashMap<>();
      models.forEach(expected::putAll);
      List<CallPickupSummary> listed = client.listCallPickups(LOC,
          ListCallPickupsOptions.builder().pageSize(7).build()).stream().toList();
      assertThat(listed.stream().map(CallPickupSummary::getId)).as("no duplicated pickups").doesNotHaveDuplicates();
      assertThat(listed.stream().map(CallPickupSummary::getName)).doesNotHaveDuplicates();
      assertThat(listed.stream().collect(Collectors.toMap(CallPickupSummary::getId, CallPickupSummary::getName)))
          .as("listed pickups (id -> name) equal the successful operations' result")
          .isEqualTo(expected.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
      List<String> assigned = new ArrayList<>();
      for (Map.Entry<String, Model> e : expected.entrySet()) {
        CallPickup cp = client.getCallPickup(LOC, e.getKey());
        Set<String> agents = cp.getAgents() == null ? Set.of()
            : cp.getAgents().stream().map(Agent::getId).collect(Collectors.toSet());
        assertThat(agents).as("agents of %s", e.getValue().name()).isEqualTo(e.getValue().agents());
        assertThat(cp.getNotificationDelayTimerSeconds()).isEqualTo(e.getValue().delay());
        assertThat(cp.getNotificationType()).isEqualTo(e.getValue().type());
        assigned.addAll(agents);
      }
      assertThat(assigned).as("no agent in two pickups").doesNotHaveDuplicates();
      Set<String> available = client.listAvailableAgents(LOC, ListAvailableAgentsOptions.builder().pageSize(5).build())
          .stream().map(Agent::getId).collect(Collectors.toSet());
      Set<String> free = new HashSet<>(pool);
      assigned.forEach(free::remove);
      assertThat(available).as("available agents = pool - assigned").isEqualTo(free);

      // Threads and connections of the client.
      Set<String> created = liveThreadNames();
      created.removeAll(threadsBefore);
      created.removeIf(n -> n.startsWith("load-worker"));
      System.out.println("load: threads the client started: " + created);
      assertThat(created).as("threads the client started").allMatch(n -> n.startsWith("HttpClient-"));
      // The JDK HttpClient's default executor is a cached pool: bounded by the concurrency (about one
      // worker per caller thread, a few more while old ones idle), not by the 1,280 requests.
      assertThat(created.size()).as("how many").isLessThanOrEqualTo(2 * THREADS + 1);
      int open = establishedTo(port);
      System.out.println("load: keep-alive connections to the sandbox after the workload: " + open);
      if (open >= 0) {
        assertThat(open).as("pooled connections (bounded by the threads, not by the 1,280 requests)")
            .isLessThanOrEqualTo(2 * THREADS);
      }

      return created;
    }
  }

  private void step(CallPickupClient client, SplittableRandom r, int thread, int op, Map<String, Model> mine,
      List<String> pool) {
    List<String> ids = new ArrayList<>(mine.keySet());
    Collections.sort(ids);
    int dice = r.nextInt(100);
    if (ids.isEmpty() || dice < 30) {
      String name = "T" + thread + "-" + op + " Load group";
      Set<String> agents = randomAgents(r, pool);
      NotificationType type = NotificationType.values()[r.nextInt(4)];
      int delay = 1 + r.nextInt(120);
      String id = client.createCallPickup(LOC, new CreateCallPickupRequest().name(name)
          .notificationType(type).notificationDelayTimerSeconds(delay).agents(new ArrayList<>(agents)));
      assertThat(mine).as("a new ID").doesNotContainKey(id);
      mine.put(id, new Model(name, type, delay, agents));
      count("create ok");
      return;
    }
    String id = ids.get(r.nextInt(ids.size()));
    Model m = mine.get(id);
    if (dice < 45) {
      String name = "T" + thread + "-" + op + " renamed é😀";
      String newId = client.updateCallPickup(LOC, id, new UpdateCallPickupRequest().name(name));
      assertThat(newId).as("a rename changes the ID").isNotEqualTo(id);
      mine.remove(id);
      mine.put(newId, new Model(name, m.type(), m.delay(), m.agents()));
      count("rename ok");
    } else if (dice < 65) {
      int delay = 1 + r.nextInt(120);
      Set<String> agents = r.nextBoolean() ? randomAgents(r, pool) : m.agents();
      String same = client.updateCallPickup(LOC, id, new UpdateCallPickupRequest()
          .notificationDelayTimerSeconds(delay).agents(new ArrayList<>(agents)));
      assertThat(same).as("an update that keeps the name keeps the ID").isEqualTo(id);
      mine.put(id, new Model(m.name(), m.type(), delay, agents));
      count("update ok");
    } else if (dice < 75) {
      CallPickup cp = client.getCallPickup(LOC, id);
      assertThat(cp.getName()).isEqualTo(m.name());
      assertThat(cp.getNotificationDelayTimerSeconds()).isEqualTo(m.delay());
      count("get ok");
    } else if (dice < 85) {
      Set<String> listedNames = client.listCallPickups(LOC, ListCallPickupsOptions.builder().pageSize(2000).build())
          .stream().map(CallPickupSummary::getName).collect(Collectors.toSet());
      // Only this thread touches its pickups, so each must be there, whatever the others do.
      mine.values().forEach(own -> assertThat(listedNames).contains(own.name()));
      count("list ok");
    } else {
      client.deleteCallPickup(LOC, id);
      mine.remove(id);
      count("delete ok");
    }
  }

  private static Set<String> randomAgents(SplittableRandom r, List<String> pool) {
    Set<String> agents = new LinkedHashSet<>();
    int n = r.nextInt(4);
    while (agents.size() < n) {
      agents.add(pool.get(r.nextInt(pool.size())));
    }
    return agents;
  }

  private static final ThreadGroup SANDBOX_THREADS = new ThreadGroup("sandbox");

  /**
   * Starts the sandbox from a thread of its own group: the threads the sandbox (and the libraries
   * it runs) start inherit that group, so the thread check below sees only the client's threads.
   */
  private static Sandbox startInItsOwnThreadGroup() throws Exception {
    FutureTask<Sandbox> start = new FutureTask<>(() -> Sandbox.builder().port(0).token(FakeTokens.SANDBOX)
        .seed(seed()).threads(THREADS).build().start());
    Thread starter = new Thread(SANDBOX_THREADS, start, "sandbox-starter");
    starter.start();
    return start.get(30, TimeUnit.SECONDS);
  }

  /** Live threads outside the sandbox's group, by name. */
  private static Set<String> liveThreadNames() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .filter(t -> !isIn(t, SANDBOX_THREADS)).map(Thread::getName)
        .collect(Collectors.toCollection(HashSet::new));
  }

  private static boolean isIn(Thread t, ThreadGroup group) {
    for (ThreadGroup g = t.getThreadGroup(); g != null; g = g.getParent()) {
      if (g == group) {
        return true;
      }
    }
    return false;
  }

  /**
   * ESTABLISHED TCP connections from this machine to the sandbox's port, read from
   * {@code /proc/net/tcp} (Linux); -1 where that file does not exist. Both ends are in this JVM,
   * so the server side of each connection is counted too and is excluded by the port match on the
   * remote address only.
   */
  private static int establishedTo(int port) {
    String hexPort = String.format(Locale.ROOT, "%04X", port);
    int count = 0;
    boolean readable = false;
    for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path p = Path.of(file);
      if (!Files.isReadable(p)) {
        continue;
      }
      readable = true;
      try {
        for (String line : Files.readAllLines(p)) {
          String[] f = line.trim().split("\\s+");
          if (f.length > 3 && f[2].endsWith(":" + hexPort) && f[3].equals("01")) {
            count++;
          }
        }
      } catch (IOException e) {
        return -1;
      }
    }
    return readable ? count : -1;
  }
}
