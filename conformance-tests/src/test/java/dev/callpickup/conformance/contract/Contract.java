package dev.callpickup.conformance.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Call Pickup OpenAPI document as shipped by {@code call-pickup-spec}: its text and its parsed
 * model. Read from the classpath so that every test checks the very file the other modules build from.
 */
public final class Contract {

    /** Where {@code call-pickup-spec} puts the document on the classpath. */
    public static final String RESOURCE = "dev/callpickup/spec/openapi.yaml";

    private static final Contract INSTANCE = load();

    private final String text;
    private final OpenAPI openApi;

    private Contract(String text, OpenAPI openApi) {
        this.text = text;
        this.openApi = openApi;
    }

    /** The contract, loaded and parsed once per test JVM. */
    public static Contract get() {
        return INSTANCE;
    }

    /** The YAML text, for validators that parse it themselves. */
    public String text() {
        return text;
    }

    /** The parsed document; internal {@code $ref}s are kept, not inlined, so schema names survive. */
    public OpenAPI openApi() {
        return openApi;
    }

    private static Contract load() {
        String text;
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (call-pickup-spec missing?)");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        // A document the parser complains about would make every later check unreliable.
        if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
            throw new IllegalStateException(RESOURCE + " does not parse cleanly: " + result.getMessages());
        }
        return new Contract(text, result.getOpenAPI());
    }
}
