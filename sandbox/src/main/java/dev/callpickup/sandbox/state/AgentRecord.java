package dev.callpickup.sandbox.state;

import java.util.List;

/**
 * A person, workspace or virtual line of a location: something that can be a call pickup agent.
 *
 * @param id          Webex ID
 * @param type        {@code PEOPLE}, {@code PLACE} or {@code VIRTUAL_LINE}
 * @param firstName   first name (may be null)
 * @param lastName    last name (may be null)
 * @param displayName display name (may be null)
 * @param email       email; virtual lines and workspaces usually have none (may be null)
 * @param numbers     phone numbers, the primary one flagged
 */
public record AgentRecord(String id, String type, String firstName, String lastName, String displayName,
                          String email, List<NumberRecord> numbers) {

    /**
     * One phone number of an agent.
     *
     * @param external      E.164 number (may be null: extension-only agents)
     * @param extension     extension (may be null)
     * @param routingPrefix the location's routing prefix (may be null)
     * @param esn           routing prefix + extension (may be null)
     * @param primary       whether it is the agent's primary number
     */
    public record NumberRecord(String external, String extension, String routingPrefix, String esn,
                               boolean primary) {
    }

    /** Copies the list so a record cannot change after construction. */
    public AgentRecord {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    /**
     * The primary number, else the first one.
     *
     * @return the number, or null when the agent has none
     */
    public NumberRecord primaryNumber() {
        return numbers.stream().filter(NumberRecord::primary).findFirst()
                .orElse(numbers.isEmpty() ? null : numbers.get(0));
    }
}
