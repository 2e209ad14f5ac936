package dev.callpickup.conformance.pactfiles;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pact files the consumer tests of this build wrote. Readers fail when there are none: a check of
 * zero pacts would pass without having checked anything.
 */
public final class PactFiles {

    /** System property naming the pact directory; Pact JVM's consumer side writes there too. */
    public static final String ROOT_DIR_PROPERTY = "pact.rootDir";

    private PactFiles() {
    }

    /** The pact directory: {@code pact.rootDir}, else {@code target/pacts} like Pact JVM's default. */
    public static Path directory() {
        return Path.of(System.getProperty(ROOT_DIR_PROPERTY, "target/pacts"));
    }

    /** Every {@code *.json} file in the pact directory, sorted; fails when there is none. */
    public static List<Path> all() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no pact directory " + dir.toAbsolutePath()
                    + ": the Pact consumer tests must run (and write pacts) before the pact readers");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pacts = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            if (pacts.isEmpty()) {
                throw new IllegalStateException("no pact file in " + dir.toAbsolutePath()
                        + ": the Pact consumer tests must run (and write pacts) before the pact readers");
            }
            return pacts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one pact file with Pact JVM's own reader. */
    public static Pact read(Path file) {
        return DefaultPactReader.INSTANCE.loadPact(file.toFile());
    }
}
