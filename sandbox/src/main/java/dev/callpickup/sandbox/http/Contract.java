package dev.callpickup.sandbox.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The contract, {@code spec/openapi.yaml}, as shipped on the classpath by {@code call-pickup-spec}, and an
 * Atlassian validator for it. The sandbox checks every request with it; tests check every response.
 */
public final class Contract {
    /** Classpath location of the contract inside the {@code call-pickup-spec} jar. */
    public static final String RESOURCE = "dev/callpickup/spec/openapi.yaml";
    /** The path prefix every operation of the contract lives under. */
    public static final String BASE_PATH = "/v1";

    private Contract() {
    }

    /** Parsing the contract takes about a second; every sandbox in a JVM shares one validator. */
    private static final class Shared {
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
                .createForInlineApiSpecification(text())
                .withBasePathOverride(BASE_PATH)
                .build();
    }

    /**
     * A validator for requests and responses of the contract, paths including {@code /v1}.
     * It is shared and thread-safe.
     *
     * @return the validator
     */
    public static OpenApiInteractionValidator validator() {
        return Shared.VALIDATOR;
    }

    /**
     * The contract's text.
     *
     * @return the YAML document
     */
    public static String text() {
        ClassLoader loader = Contract.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The contract " + RESOURCE
                        + " is not on the classpath; add the dev.callpickup:call-pickup-spec dependency.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
