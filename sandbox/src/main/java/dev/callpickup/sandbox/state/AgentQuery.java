package dev.callpickup.sandbox.state;

import java.util.List;

/**
 * The query of an available-agents list.
 *
 * @param callPickupName also list the agents of the pickup with this exact name (they are available to it), or null
 * @param name           only agents whose first, last or display name contains this (case-insensitive), or null
 * @param phoneNumber    only agents whose primary number or extension contains these digits, or null
 * @param order          sort fields in priority order: {@code fname}, {@code lname}, {@code extension}, {@code number}
 * @param start          zero-based offset
 * @param max            page size
 */
public record AgentQuery(String callPickupName, String name, String phoneNumber, List<String> order,
                         long start, long max) {
    /** Copies the order list. */
    public AgentQuery {
        order = order == null ? List.of() : List.copyOf(order);
    }
}
