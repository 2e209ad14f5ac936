package dev.callpickup.sandbox.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The data a sandbox starts with (and returns to on reset): locations, their people, workspaces and
 * virtual lines, and their call pickups. Read from JSON; the default seed ships as the resource
 * {@code dev/callpickup/sandbox/default-seed.json}, which shows the format.
 *
 * @param locations the locations
 */
public record Seed(List<LocationSeed> locations) {
    private static final String DEFAULT_RESOURCE = "/dev/callpickup/sandbox/default-seed.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Copies the list; a missing list means no locations. */
    public Seed {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /**
     * A location of the seed.
     *
     * @param id            Webex location ID
     * @param name          location name
     * @param routingPrefix routing prefix used to build ESNs (may be null)
     * @param agents        people, workspaces and virtual lines of the location
     * @param callPickups   call pickups that exist at start
     */
    public record LocationSeed(String id, String name, String routingPrefix, List<AgentSeed> agents,
                               List<PickupSeed> callPickups) {
        /** Copies the lists; missing lists are empty. */
        public LocationSeed {
            agents = agents == null ? List.of() : List.copyOf(agents);
            callPickups = callPickups == null ? List.of() : List.copyOf(callPickups);
        }
    }

    /**
     * A person, workspace or virtual line of the seed.
     *
     * @param id          Webex ID
     * @param type        PEOPLE, PLACE or VIRTUAL_LINE
     * @param firstName   first name
     * @param lastName    last name
     * @param displayName display name
     * @param email       email (optional)
     * @param numbers     phone numbers
     */
    public record AgentSeed(String id, String type, String firstName, String lastName, String displayName,
                            String email, List<NumberSeed> numbers) {
        /** Copies the list; a missing list is empty. */
        public AgentSeed {
            numbers = numbers == null ? List.of() : List.copyOf(numbers);
        }
    }

    /**
     * A phone number of the seed; routing prefix and ESN come from the location.
     *
     * @param external  E.164 number (optional)
     * @param extension extension (optional)
     * @param primary   whether it is the primary number
     */
    public record NumberSeed(String external, String extension, boolean primary) {
    }

    /**
     * A call pickup of the seed.
     *
     * @param name                          unique name
     * @param notificationType              notification type (default NONE)
     * @param notificationDelayTimerSeconds delay (default 6)
     * @param agents                        agent IDs of the same location
     */
    public record PickupSeed(String name, String notificationType, Integer notificationDelayTimerSeconds,
                             List<String> agents) {
        /** Copies the list; a missing list is empty. */
        public PickupSeed {
            agents = agents == null ? List.of() : List.copyOf(agents);
        }
    }

    /**
     * The seed that holds every location and agent the contract's examples name.
     *
     * @return the default seed
     */
    public static Seed defaultSeed() {
        try (InputStream in = Seed.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default seed " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * Reads a seed file.
     *
     * @param file JSON file in the format of the default seed
     * @return the seed
     * @throws IllegalArgumentException when the file is not a valid seed
     */
    public static Seed fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read seed file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a seed from JSON.
     *
     * @param in JSON in the format of the default seed
     * @return the seed
     * @throws IOException when the JSON cannot be read
     */
    public static Seed read(InputStream in) throws IOException {
        Seed seed = JSON.readValue(in, Seed.class);
        // Building the state once checks every rule (unique IDs and names, known agents, one pickup per agent).
        for (LocationSeed location : seed.locations()) {
            LocationState.from(location);
        }
        return seed;
    }
}
