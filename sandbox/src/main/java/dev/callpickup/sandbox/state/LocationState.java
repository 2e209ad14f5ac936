package dev.callpickup.sandbox.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One location: its agents (fixed) and its call pickups (changing). Every read and write of the pickups
 * happens under {@link #lock()}, so the rules that span pickups (unique names, one pickup per agent)
 * hold under concurrent requests. Locations do not share agents, so one lock per location is enough.
 */
final class LocationState {
    private static final Set<String> AGENT_TYPES = Set.of("PEOPLE", "PLACE", "VIRTUAL_LINE");
    private static final Set<String> NOTIFICATION_TYPES = Set.of("NONE", "AUDIO_ONLY", "VISUAL_ONLY",
            "AUDIO_AND_VISUAL");

    private final String id;
    private final String name;
    private final Map<String, AgentRecord> agents;
    private final Map<String, PickupRecord> pickupsByName = new HashMap<>();
    private final Map<String, String> pickupNameByAgent = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    private LocationState(String id, String name, Map<String, AgentRecord> agents) {
        this.id = id;
        this.name = name;
        this.agents = Collections.unmodifiableMap(agents);
    }

    /** Builds a location from its seed, refusing a seed that breaks a rule. */
    static LocationState from(Seed.LocationSeed seed) {
        require(seed.id() != null && !seed.id().isBlank(), "a location has no id");
        require(seed.name() != null, "location " + seed.id() + " has no name");
        Map<String, AgentRecord> agents = new LinkedHashMap<>();
        for (Seed.AgentSeed a : seed.agents()) {
            require(a.id() != null && !a.id().isBlank(), "an agent of location " + seed.name() + " has no id");
            require(AGENT_TYPES.contains(a.type()), "agent " + a.id() + ": type must be one of " + AGENT_TYPES);
            List<AgentRecord.NumberRecord> numbers = new ArrayList<>();
            for (Seed.NumberSeed n : a.numbers()) {
                String esn = n.extension() == null || seed.routingPrefix() == null
                        ? null : seed.routingPrefix() + n.extension();
                numbers.add(new AgentRecord.NumberRecord(n.external(), n.extension(),
                        n.extension() == null ? null : seed.routingPrefix(), esn, n.primary()));
            }
            AgentRecord previous = agents.put(a.id(), new AgentRecord(a.id(), a.type(), a.firstName(),
                    a.lastName(), a.displayName(), a.email(), numbers));
            require(previous == null, "agent " + a.id() + " appears twice in location " + seed.name());
        }
        LocationState state = new LocationState(seed.id(), seed.name(), agents);
        for (Seed.PickupSeed p : seed.callPickups()) {
            require(p.name() != null && !p.name().isBlank(), "a call pickup of " + seed.name() + " has no name");
            String type = p.notificationType() == null ? "NONE" : p.notificationType();
            require(NOTIFICATION_TYPES.contains(type), "call pickup " + p.name() + ": unknown notificationType");
            int delay = p.notificationDelayTimerSeconds() == null ? 6 : p.notificationDelayTimerSeconds();
            try {
                state.checkAndStore(null, new PickupRecord(p.name(), type, delay, p.agents()));
            } catch (ApiError e) {
                throw new IllegalArgumentException("Invalid seed, location " + seed.name() + ": " + e.getMessage());
            }
        }
        return state;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("Invalid seed: " + message);
        }
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    ReentrantLock lock() {
        return lock;
    }

    Map<String, AgentRecord> agents() {
        return agents;
    }

    /** Under the lock: the pickup with that name, or null. */
    PickupRecord pickup(String pickupName) {
        return pickupsByName.get(pickupName);
    }

    /** Under the lock: every pickup. */
    List<PickupRecord> pickups() {
        return new ArrayList<>(pickupsByName.values());
    }

    /** Under the lock: the name of the pickup the agent belongs to, or null. */
    String pickupOf(String agentId) {
        return pickupNameByAgent.get(agentId);
    }

    /**
     * Under the lock: checks the cross-pickup rules and stores {@code next}, replacing the pickup named
     * {@code previousName} (null for a create).
     */
    void checkAndStore(String previousName, PickupRecord next) {
        if (!next.name().equals(previousName) && pickupsByName.containsKey(next.name())) {
            throw new ApiError(409, "Call Pickup name '" + next.name() + "' already exists in this location.",
                    ApiError.DUPLICATE_NAME);
        }
        for (String agentId : next.agentIds()) {
            if (!agents.containsKey(agentId)) {
                throw new ApiError(400, "agents: '" + agentId + "' is not a person, workspace or virtual line"
                        + " of this location.");
            }
            String owner = pickupNameByAgent.get(agentId);
            if (owner != null && !owner.equals(previousName)) {
                throw new ApiError(409, "agents: '" + agentId + "' is already assigned to pickup group '"
                        + owner + "'.", ApiError.AGENT_ALREADY_ASSIGNED);
            }
        }
        if (previousName != null) {
            remove(previousName);
        }
        pickupsByName.put(next.name(), next);
        for (String agentId : next.agentIds()) {
            pickupNameByAgent.put(agentId, next.name());
        }
    }

    /** Under the lock: removes the pickup and frees its agents. */
    void remove(String pickupName) {
        PickupRecord removed = pickupsByName.remove(pickupName);
        if (removed != null) {
            for (String agentId : removed.agentIds()) {
                pickupNameByAgent.remove(agentId, pickupName);
            }
        }
    }
}
