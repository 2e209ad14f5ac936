package dev.callpickup.quickstart;

import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.errors.CallPickupException;
import dev.callpickup.sandbox.Sandbox;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Call Pickup walkthrough. Without {@code WEBEX_TOKEN} it starts an embedded sandbox and works on the
 * location of the contract's create example; with {@code WEBEX_TOKEN} and {@code WEBEX_LOCATION_ID} it works
 * on that location of your Webex organisation ({@code https://webexapis.com/v1}).
 *
 * <p>Optional, with a token only: {@code WEBEX_AGENT_IDS} (comma-separated people, workspace or virtual line
 * IDs to put in the pickup), {@code WEBEX_PICKUP_NAME} (default {@value Walkthrough#EXAMPLE_NAME}) and
 * {@code WEBEX_BASE_URL} (default {@code https://webexapis.com/v1}; e.g. a standalone sandbox's URL).
 */
public final class Quickstart {
    /** The location of the contract's create example, which the sandbox's default seed holds. */
    static final String EXAMPLE_LOCATION =
            "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzhmZjMwMjg5LWVhMzMtNDc1Ny1iMTBmLWQ2MWIyNzFhMDVlZg";
    /** The agents of the contract's create example: a person, a workspace and a virtual line. */
    static final List<String> EXAMPLE_AGENTS = List.of(
            "Y2lzY29zcGFyazovL3VzL1BFT1BMRS80YTc2ZmVmNC1mZjlmLTExZWItYWYwZC00M2YwZjY1NTdjYWI",
            "Y2lzY29zcGFyazovL3VzL1BMQUNFLzU1YjUyZThhLWZmOWYtMTFlYi05ZjRhLTAzZDY1NzdhYzg1Yg",
            "Y2lzY29zcGFyazovL3VzL1ZJUlRVQUxfTElORS85ODFlNTQ0Yy0xOGI0LTQ2MzItYmFkZi1iYWMwZjFkOGJkYWY=");

    private Quickstart() {
    }

    /**
     * @param args ignored; configuration comes from the environment
     */
    public static void main(String[] args) {
        // Hibernate Validator (inside the client) logs through JBoss Logging; route it to SLF4J, which this
        // application configures to print warnings only (simplelogger.properties).
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        System.exit(run(System.getenv(), System.out, System.err));
    }

    /**
     * Runs the walkthrough.
     *
     * @param env environment variables
     * @param out where the walkthrough is printed
     * @param err where failures are printed
     * @return the process exit code: 0 done, 1 a call failed, 2 incomplete configuration
     */
    static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        String token = blankToNull(env.get("WEBEX_TOKEN"));
        if (token == null) {
            try (Sandbox sandbox = Sandbox.builder().build().start()) {
                out.println("No WEBEX_TOKEN set: using an embedded sandbox at " + sandbox.baseUrl());
                CallPickupClient client = CallPickupClient.builder()
                        .baseUrl(sandbox.baseUrl())
                        .token(sandbox.token())
                        .applicationName("call-pickup-quickstart/0.1.0")
                        .build();
                return walk(new Walkthrough(client, EXAMPLE_LOCATION, Walkthrough.EXAMPLE_NAME,
                        EXAMPLE_AGENTS, out), err);
            }
        }
        String location = blankToNull(env.get("WEBEX_LOCATION_ID"));
        if (location == null) {
            err.println("WEBEX_TOKEN is set but WEBEX_LOCATION_ID is not: set it to the ID of the location to use"
                    + " (or unset WEBEX_TOKEN to use the embedded sandbox).");
            return 2;
        }
        Set<String> agents = new LinkedHashSet<>();
        String agentIds = blankToNull(env.get("WEBEX_AGENT_IDS"));
        if (agentIds != null) {
            Arrays.stream(agentIds.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(agents::add);
        }
        String name = blankToNull(env.get("WEBEX_PICKUP_NAME"));
        String baseUrl = blankToNull(env.get("WEBEX_BASE_URL"));
        baseUrl = baseUrl == null ? CallPickupClient.DEFAULT_BASE_URL : baseUrl;
        out.println("WEBEX_TOKEN set: using " + baseUrl);
        CallPickupClient client = CallPickupClient.builder()
                .baseUrl(baseUrl)
                .token(token)
                .applicationName("call-pickup-quickstart/0.1.0")
                .build();
        return walk(new Walkthrough(client, location, name == null ? Walkthrough.EXAMPLE_NAME : name,
                List.copyOf(agents), out),
                err);
    }

    private static int walk(Walkthrough walkthrough, PrintStream err) {
        try {
            walkthrough.run();
            return 0;
        } catch (CallPickupException e) {
            // The client's messages never hold the token.
            err.println("Failed: " + e.getMessage());
            return 1;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
