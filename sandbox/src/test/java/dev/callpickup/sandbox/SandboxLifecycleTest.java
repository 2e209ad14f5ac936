package dev.callpickup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callpickup.sandbox.junit.SandboxExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Starting, stopping, the JUnit extension and the command line options. */
class SandboxLifecycleTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Test
    void extensionGivesARunningSandboxOnLoopbackWithAV1BaseUrl() {
        assertThat(SANDBOX.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        assertThat(SANDBOX.token()).isEqualTo(Sandbox.DEFAULT_TOKEN);
        assertThat(new Api(SANDBOX.sandbox()).get(Api.pickups(Api.LOCATION)).status()).isEqualTo(200);
    }

    @Test
    void tcpNoDelayIsOnSoKeepAliveCallsDoNotWaitForDelayedAcks() {
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }

    @Test
    void extensionInjectsTheSandboxAsAParameter(Sandbox injected) {
        assertThat(injected).isSameAs(SANDBOX.sandbox());
    }

    @Nested
    class NestedClasses {
        @Test
        void shareTheEnclosingSandbox(Sandbox injected) {
            assertThat(injected).isSameAs(SANDBOX.sandbox());
        }
    }

    @Test
    void closeStopsServingAndTheSandboxCannotRestart() {
        Sandbox sandbox = Sandbox.builder().build().start();
        String url = sandbox.baseUrl();
        assertThatThrownBy(sandbox::start).isInstanceOf(IllegalStateException.class);

        sandbox.close();

        assertThatThrownBy(() -> new Api(sandbox).get(Api.pickups(Api.LOCATION)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(url).startsWith("http://127.0.0.1:");
    }

    @Test
    void aTakenPortFailsWithTheAddress() {
        try (Sandbox first = Sandbox.builder().build().start()) {
            Sandbox second = Sandbox.builder().port(first.port()).build();

            assertThatThrownBy(second::start).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(String.valueOf(first.port()));
        }
    }

    @Test
    void commandLineOptionsConfigureTheSandbox() {
        Sandbox sandbox = SandboxMain.parse(new String[] {"--port", "0", "--token", "cli-token",
            "--rate-limit-every", "4", "--retry-after", "3", "--latency-ms", "10"}, System.out);

        assertThat(sandbox.token()).isEqualTo("cli-token");
        assertThat(sandbox.faults().rateLimitEvery()).isEqualTo(4);
        assertThat(sandbox.faults().retryAfter()).isEqualTo("3");
        assertThat(sandbox.faults().latency().toMillis()).isEqualTo(10);
        assertThat(SandboxMain.parse(new String[0], System.out).faults().rateLimitEvery()).isZero();
    }

    @Test
    void commandLineRefusesUnknownOrIncompleteOptionsAndPrintsHelp() {
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--prot", "1"}, System.out))
                .hasMessageContaining("--prot");
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port"}, System.out))
                .hasMessageContaining("missing value");
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "x"}, System.out))
                .hasMessageContaining("integer");
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        assertThat(SandboxMain.parse(new String[] {"--help"}, new PrintStream(help, true, StandardCharsets.UTF_8)))
                .isNull();
        assertThat(help.toString(StandardCharsets.UTF_8)).contains("--port").contains("--seed");
    }
}
