package dev.callpickup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.sandbox.junit.SandboxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @ExtendWith(SandboxExtension.class)}: one sandbox for the class, injected where asked for. */
@ExtendWith(SandboxExtension.class)
class DeclarativeExtensionTest {
    private static Sandbox fromBeforeAll;

    @BeforeAll
    static void remember(Sandbox sandbox) {
        fromBeforeAll = sandbox;
    }

    @Test
    void injectsTheClassSandboxIntoTests(Sandbox sandbox) {
        assertThat(sandbox).isSameAs(fromBeforeAll);
        assertThat(new Api(sandbox).get(Api.pickups(Api.ALASKA)).status()).isEqualTo(200);
    }
}
