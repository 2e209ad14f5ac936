package dev.callpickup.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's main command, run in-process: every step printed, exit code 0. */
class QuickstartTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutATokenItWalksThroughEveryStepOnAnEmbeddedSandbox() {
        int exit = Quickstart.run(Map.of(), print(out), print(err));

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).contains("embedded sandbox at http://127.0.0.1:")
                .contains("1. Create call pickup \"South Alaska-Group\"")
                .contains("2. Read it back").contains("Sarah Johnson [PEOPLE]")
                .contains("3. List").contains("4. Rename").contains("old id ").contains("new id ")
                .contains("the old id now answers 404")
                .contains("5. List the agents available").contains("6. Delete it").contains("Done:");
    }

    @Test
    void withATokenItUsesTheGivenApiAndLocation() {
        try (Sandbox sandbox = Sandbox.builder().token("pretend-webex-token").build().start()) {
            int exit = Quickstart.run(Map.of("WEBEX_TOKEN", "pretend-webex-token",
                    "WEBEX_LOCATION_ID", "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1",
                    "WEBEX_BASE_URL", sandbox.baseUrl(),
                    "WEBEX_PICKUP_NAME", "Quickstart Group",
                    "WEBEX_AGENT_IDS", "Y2lzY29zcGFyazovL3VzL1BFT1BMRS85ZTFmYTBjOC04Yzk5LTRlZGQtOWM5MC1iZGExZTJmNDVhMDk"),
                    print(out), print(err));

            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(text).contains("using " + sandbox.baseUrl()).contains("\"Quickstart Group\"")
                    .contains("Noah Kim [PEOPLE]").contains("Done:").doesNotContain("pretend-webex-token");
        }
    }

    @Test
    void aFailedCallIsReportedWithoutTheTokenAndExits1() {
        try (Sandbox sandbox = Sandbox.builder().build().start()) {
            int exit = Quickstart.run(Map.of("WEBEX_TOKEN", "wrong-secret-token",
                    "WEBEX_LOCATION_ID", "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1",
                    "WEBEX_BASE_URL", sandbox.baseUrl()), print(out), print(err));

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Failed").contains("401")
                    .doesNotContain("wrong-secret-token");
        }
    }

    @Test
    void aTokenWithoutALocationExits2WithAHint() {
        int exit = Quickstart.run(Map.of("WEBEX_TOKEN", "t"), print(out), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("WEBEX_LOCATION_ID");
    }

    private static PrintStream print(ByteArrayOutputStream target) {
        return new PrintStream(target, true, StandardCharsets.UTF_8);
    }
}
