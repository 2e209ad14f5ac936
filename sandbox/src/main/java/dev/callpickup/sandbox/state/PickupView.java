package dev.callpickup.sandbox.state;

import java.util.List;

/**
 * A consistent snapshot of a call pickup with its agents resolved, for responses.
 *
 * @param location the location's ID and name
 * @param pickup   the stored pickup
 * @param agents   its agents, in stored order
 */
public record PickupView(LocationRef location, PickupRecord pickup, List<AgentRecord> agents) {
    /**
     * A location's identity.
     *
     * @param id   location ID
     * @param name location name
     */
    public record LocationRef(String id, String name) {
    }
}
