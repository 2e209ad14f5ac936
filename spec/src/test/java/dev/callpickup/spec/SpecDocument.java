package dev.callpickup.spec;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads documents from the test classpath. The contract is read from where the jar ships it
 * ({@value #CONTRACT}), so the tests check exactly what consumers get.
 */
final class SpecDocument {

    /** Classpath location of the contract inside the {@code call-pickup-spec} jar. */
    static final String CONTRACT = "dev/callpickup/spec/openapi.yaml";

    /** Cisco's published excerpt of the same operations (CC BY 4.0, see official/SOURCE.md). */
    static final String OFFICIAL = "official/webex-call-pickup-official.json";

    // A YAML key given twice would silently overwrite the first one; refuse it instead.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private SpecDocument() {
    }

    /** The text of a classpath resource. */
    static String text(String resource) {
        try (InputStream in = SpecDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw tree of a YAML or JSON classpath resource, with every {@code $ref} left as written. */
    static ObjectNode tree(String resource) {
        try {
            return (ObjectNode) YAML.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is not valid YAML", e);
        }
    }

    /** The node a local {@code $ref} ("#/components/...") points at, or a missing node. */
    static JsonNode resolve(JsonNode root, String ref) {
        if (!ref.startsWith("#/")) {
            return MissingNode.getInstance();
        }
        return root.at(JsonPointer.compile(ref.substring(1)));
    }

    /** Whether a node is a reference object. */
    static boolean isRef(JsonNode node) {
        return node != null && node.has("$ref");
    }

    /** Follows {@code $ref}s until a node that is not a reference (or a missing node). */
    static JsonNode deref(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; isRef(current) && hops < 16; hops++) {
            current = resolve(root, current.get("$ref").asText());
        }
        return current == null ? MissingNode.getInstance() : current;
    }
}
