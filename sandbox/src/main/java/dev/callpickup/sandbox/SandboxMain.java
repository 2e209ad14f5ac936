package dev.callpickup.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Command line: {@code java -jar call-pickup-sandbox-<version>.jar [options]}. Prints one line,
 * {@code Sandbox listening on <base URL> (token: <token>)}, and serves until killed.
 */
public final class SandboxMain {
    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar call-pickup-sandbox.jar [options]",
            "  --port N               port to listen on; 0 picks a free one (default 8080)",
            "  --host ADDRESS         address to bind (default 127.0.0.1)",
            "  --token TOKEN          bearer token to accept (default " + Sandbox.DEFAULT_TOKEN + ")",
            "  --seed FILE            JSON seed file replacing the default data",
            "  --rate-limit-every N   answer every Nth request with 429 (default off)",
            "  --retry-after VALUE    Retry-After of those 429s (default 1)",
            "  --latency-ms N         add N ms to every response (default 0)",
            "  --help                 show this help");

    private SandboxMain() {
    }

    /**
     * @param args see {@code --help}
     * @throws InterruptedException never in practice; the main thread waits until the JVM stops
     */
    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Sandbox sandbox;
        try {
            sandbox = parse(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (sandbox == null) {
            return;
        }
        sandbox.start();
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "call-pickup-sandbox-shutdown"));
        System.out.println("Sandbox listening on " + sandbox.baseUrl() + " (token: " + sandbox.token() + ")");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Builds the sandbox the arguments describe; null after {@code --help}. */
    static Sandbox parse(String[] args, PrintStream out) {
        Sandbox.Builder builder = Sandbox.builder().port(8080);
        int rateLimitEvery = 0;
        String retryAfter = "1";
        long latencyMs = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                out.println(USAGE);
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(integer(option, value));
                case "--host" -> builder.host(value);
                case "--token" -> builder.token(value);
                case "--seed" -> builder.seed(Path.of(value));
                case "--rate-limit-every" -> rateLimitEvery = integer(option, value);
                case "--retry-after" -> retryAfter = value;
                case "--latency-ms" -> latencyMs = integer(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        Faults faults = latencyMs > 0 ? Faults.latency(Duration.ofMillis(latencyMs)) : Faults.none();
        if (rateLimitEvery > 0) {
            faults = faults.withRateLimitEvery(rateLimitEvery, retryAfter);
        }
        return builder.faults(faults).build();
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs an integer, got '" + value + "'");
        }
    }
}
