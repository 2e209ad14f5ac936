package dev.callpickup.sandbox.junit;

import dev.callpickup.sandbox.Sandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: a fresh sandbox for each test class, on a free loopback port, stopped after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SandboxExtension SANDBOX = new SandboxExtension();
 *
 * @Test void creates() { client(SANDBOX.baseUrl(), SANDBOX.token()) ... }
 * }</pre>
 * or {@code @ExtendWith(SandboxExtension.class)} and a {@link Sandbox} parameter on a test or lifecycle
 * method. Configure token, seed or faults with {@link #SandboxExtension(Sandbox.Builder)}. Nested classes
 * share their enclosing class's sandbox.
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private final Sandbox.Builder builder;
    private Sandbox sandbox;
    private String ownerId;

    /** A sandbox with the defaults (default seed and token, no faults). */
    public SandboxExtension() {
        this(Sandbox.builder());
    }

    /**
     * @param builder configuration of the sandbox; its port is forced to 0 (a free one)
     */
    public SandboxExtension(Sandbox.Builder builder) {
        this.builder = builder.port(0);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (sandbox == null) {
            sandbox = builder.build().start();
            ownerId = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null && context.getUniqueId().equals(ownerId)) {
            sandbox.close();
            sandbox = null;
            ownerId = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox();
    }

    /**
     * @return the running sandbox of the current test class
     * @throws IllegalStateException outside a test class's lifecycle (e.g. a non-static field registration)
     */
    public Sandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("No sandbox is running: register SandboxExtension on a static field "
                    + "(@RegisterExtension static) or with @ExtendWith, and use it inside the test class.");
        }
        return sandbox;
    }

    /** @return the base URL of the running sandbox, ending in {@code /v1} */
    public String baseUrl() {
        return sandbox().baseUrl();
    }

    /** @return the bearer token the running sandbox accepts */
    public String token() {
        return sandbox().token();
    }
}
