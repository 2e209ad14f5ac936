package dev.callpickup.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.callpickup.sandbox.http.ApiHandler;
import dev.callpickup.sandbox.http.Contract;
import dev.callpickup.sandbox.state.CallPickupStore;
import dev.callpickup.sandbox.state.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local, stateful Webex Call Pickup server: the six operations of the contract under
 * {@code <baseUrl>/telephony/config/locations/{locationId}/callPickups...}, every request validated against
 * {@code spec/openapi.yaml}, state in memory. Build it, {@link #start()} it, use {@link #baseUrl()} and
 * {@link #token()}, {@link #close()} it.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().port(0).build().start()) {
 *     String baseUrl = sandbox.baseUrl();   // http://127.0.0.1:<port>/v1
 * }
 * }</pre>
 *
 * <p>It runs on the JDK's own HTTP server: no servlet container and no extra dependency for consumers.
 */
public final class Sandbox implements AutoCloseable {
    /** The bearer token accepted unless another is configured. */
    public static final String DEFAULT_TOKEN = "sandbox-token";

    static {
        // Without TCP_NODELAY the JDK server's small writes meet Nagle + delayed ACK: ~40 ms per keep-alive call.
        // The JDK reads this property once, when its server classes load, so set it before any server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final String host;
    private final int requestedPort;
    private final String token;
    private final Faults faults;
    private final int threads;
    private final CallPickupStore store;
    private HttpServer server;
    private ThreadPoolExecutor executor;

    private Sandbox(Builder builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.token = builder.token;
        this.faults = builder.faults;
        this.threads = builder.threads;
        this.store = new CallPickupStore(builder.seed != null ? builder.seed
                : builder.seedFile != null ? Seed.fromFile(builder.seedFile) : Seed.defaultSeed());
    }

    /**
     * A builder with the defaults: loopback, a free port, token {@value #DEFAULT_TOKEN}, the default seed, no faults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving.
     *
     * @return this sandbox
     * @throws UncheckedIOException when the port cannot be bound
     * @throws IllegalStateException when already started
     */
    public synchronized Sandbox start() {
        if (server != null) {
            throw new IllegalStateException("The sandbox is already started");
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), r -> {
                    Thread t = new Thread(r, "call-pickup-sandbox-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                // A full queue slows the accepting thread down instead of dropping connections.
                new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(host, requestedPort), 128);
            http.createContext("/", new ApiHandler(store, Contract.validator(), token, faults));
            http.setExecutor(pool);
            http.start();
            this.server = http;
            this.executor = pool;
            return this;
        } catch (IOException e) {
            pool.shutdownNow();
            throw new UncheckedIOException("Cannot start the sandbox on " + host + ":" + requestedPort, e);
        }
    }

    /**
     * The base URL of the API, ending in {@code /v1}; the operations live below it.
     *
     * @return e.g. {@code http://127.0.0.1:8080/v1}
     */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + Contract.BASE_PATH;
    }

    /**
     * @return the port the sandbox listens on
     * @throws IllegalStateException when not started
     */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The sandbox is not started");
        }
        return server.getAddress().getPort();
    }

    /** @return the bearer token the sandbox accepts */
    public String token() {
        return token;
    }

    /** @return the injected faults */
    public Faults faults() {
        return faults;
    }

    /** Forgets every change and returns to the seed, e.g. between tests or in a Pact provider state. */
    public void reset() {
        store.reset();
    }

    /** Stops serving at once. The sandbox cannot be started again. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        // No token here: it is a credential, however local.
        return "Sandbox[" + (server == null ? "not started" : baseUrl()) + ", " + faults + "]";
    }

    /** Configures a {@link Sandbox}. Not thread-safe; build once. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String token = DEFAULT_TOKEN;
        private Seed seed;
        private Path seedFile;
        private Faults faults = Faults.none();
        private int threads = 16;

        private Builder() {
        }

        /**
         * @param host address to bind; default {@code 127.0.0.1} (loopback only)
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * @param port port to bind; 0 (the default) picks a free one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param token the bearer token to accept; default {@value Sandbox#DEFAULT_TOKEN}
         * @return this builder
         */
        public Builder token(String token) {
            Objects.requireNonNull(token, "token");
            if (token.isBlank() || token.chars().anyMatch(c -> c <= 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException("token must be non-blank printable ASCII without spaces");
            }
            this.token = token;
            return this;
        }

        /**
         * @param file a JSON seed file (format: the default seed resource); replaces the default seed
         * @return this builder
         */
        public Builder seed(Path file) {
            this.seedFile = Objects.requireNonNull(file, "file");
            this.seed = null;
            return this;
        }

        /**
         * @param seed the seed to use instead of the default one
         * @return this builder
         */
        public Builder seed(Seed seed) {
            this.seed = Objects.requireNonNull(seed, "seed");
            this.seedFile = null;
            return this;
        }

        /**
         * @param faults faults to inject; default none
         * @return this builder
         */
        public Builder faults(Faults faults) {
            this.faults = Objects.requireNonNull(faults, "faults");
            return this;
        }

        /**
         * @param threads request threads (bounded pool); default 16
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Reads the seed and builds the sandbox (not yet started).
         *
         * @return the sandbox
         * @throws IllegalArgumentException when the seed file is unreadable or breaks a rule
         */
        public Sandbox build() {
            return new Sandbox(this);
        }
    }
}
