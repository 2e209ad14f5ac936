package dev.callpickup.sandbox.state;

import java.util.List;

/**
 * A stored call pickup. Immutable: an update stores a new record.
 *
 * @param name                 unique name within the location (the ID derives from it)
 * @param notificationType     notification type as sent (an enum value of the contract)
 * @param notificationDelaySeconds notification delay
 * @param agentIds             agent IDs in the order they were given
 */
public record PickupRecord(String name, String notificationType, int notificationDelaySeconds,
                           List<String> agentIds) {

    /** Copies the list so a record cannot change after construction. */
    public PickupRecord {
        agentIds = List.copyOf(agentIds);
    }

    /**
     * The Webex ID of this pickup.
     *
     * @return the ID, derived from the name
     */
    public String id() {
        return PickupIds.forName(name);
    }
}
