package dev.callpickup.sandbox.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sandbox's in-memory state and the Webex rules of the six operations, independent of HTTP.
 * Thread-safe: each location is guarded by its own lock; {@link #reset()} swaps in a fresh copy of the
 * seed atomically.
 */
public final class CallPickupStore {
    private static final String DEFAULT_NOTIFICATION_TYPE = "NONE";
    private static final int DEFAULT_NOTIFICATION_DELAY = 6;

    private final Seed seed;
    private final AtomicReference<Map<String, LocationState>> locations = new AtomicReference<>();

    /**
     * @param seed the data to start with and to return to on {@link #reset()}
     */
    public CallPickupStore(Seed seed) {
        this.seed = Objects.requireNonNull(seed, "seed");
        reset();
    }

    /** Forgets every change: back to the seed. */
    public void reset() {
        Map<String, LocationState> fresh = new LinkedHashMap<>();
        for (Seed.LocationSeed location : seed.locations()) {
            fresh.put(location.id(), LocationState.from(location));
        }
        locations.set(Map.copyOf(fresh));
    }

    /**
     * Lists call pickups.
     *
     * @param locationId location
     * @param query      filter, order and page
     * @return the page, with the location for each summary
     */
    public Page<PickupView> list(String locationId, PickupQuery query) {
        return locked(locationId, location -> {
            Comparator<PickupRecord> byName = Comparator.comparing((PickupRecord p) -> p.name().toLowerCase(Locale.ROOT))
                    .thenComparing(PickupRecord::name);
            String needle = query.nameContains() == null ? null : query.nameContains().toLowerCase(Locale.ROOT);
            List<PickupView> matching = location.pickups().stream()
                    .filter(p -> needle == null || p.name().toLowerCase(Locale.ROOT).contains(needle))
                    .sorted(query.descending() ? byName.reversed() : byName)
                    .map(p -> view(location, p))
                    .toList();
            return Page.of(matching, query.start(), query.max());
        });
    }

    /**
     * Creates a call pickup.
     *
     * @param locationId location
     * @param input      what was sent; {@code name} is required
     * @return the new pickup's ID
     */
    public String create(String locationId, PickupInput input) {
        return locked(locationId, location -> {
            PickupRecord created = new PickupRecord(input.name(),
                    orDefault(input.notificationType(), () -> DEFAULT_NOTIFICATION_TYPE),
                    orDefault(input.notificationDelaySeconds(), () -> DEFAULT_NOTIFICATION_DELAY),
                    orDefault(input.agentIds(), List::of));
            location.checkAndStore(null, created);
            return created.id();
        });
    }

    /**
     * Reads a call pickup.
     *
     * @param locationId location
     * @param pickupId   ID
     * @return the pickup with its agents
     */
    public PickupView get(String locationId, String pickupId) {
        return locked(locationId, location -> view(location, find(location, pickupId)));
    }

    /**
     * Updates the properties that were sent, keeping the others.
     *
     * @param locationId location
     * @param pickupId   current ID
     * @param input      what was sent
     * @return the ID after the update (a new one when the name changed)
     */
    public String update(String locationId, String pickupId, PickupInput input) {
        return locked(locationId, location -> {
            PickupRecord current = find(location, pickupId);
            PickupRecord next = new PickupRecord(
                    orDefault(input.name(), current::name),
                    orDefault(input.notificationType(), current::notificationType),
                    orDefault(input.notificationDelaySeconds(), current::notificationDelaySeconds),
                    orDefault(input.agentIds(), current::agentIds));
            location.checkAndStore(current.name(), next);
            return next.id();
        });
    }

    /**
     * Deletes a call pickup; its agents become available.
     *
     * @param locationId location
     * @param pickupId   ID
     */
    public void delete(String locationId, String pickupId) {
        locked(locationId, location -> {
            location.remove(find(location, pickupId).name());
            return null;
        });
    }

    /**
     * Lists the agents that can join a call pickup: those in no pickup, plus, when {@code callPickupName}
     * names a pickup, that pickup's own agents.
     *
     * @param locationId location
     * @param query      filters, order and page
     * @return the page
     */
    public Page<AgentRecord> availableAgents(String locationId, AgentQuery query) {
        return locked(locationId, location -> {
            String nameNeedle = query.name() == null ? null : query.name().toLowerCase(Locale.ROOT);
            String digits = query.phoneNumber() == null ? null : query.phoneNumber().replaceAll("\\D", "");
            List<AgentRecord> matching = new ArrayList<>();
            for (AgentRecord agent : location.agents().values()) {
                String owner = location.pickupOf(agent.id());
                boolean available = owner == null || owner.equals(query.callPickupName());
                if (available && nameMatches(agent, nameNeedle) && numberMatches(agent, query.phoneNumber(), digits)) {
                    matching.add(agent);
                }
            }
            matching.sort(AgentOrder.of(query.order()));
            return Page.of(matching, query.start(), query.max());
        });
    }

    private static boolean nameMatches(AgentRecord agent, String needle) {
        if (needle == null) {
            return true;
        }
        String full = (agent.firstName() == null ? "" : agent.firstName()) + " "
                + (agent.lastName() == null ? "" : agent.lastName());
        return containsIgnoreCase(full, needle) || containsIgnoreCase(agent.displayName(), needle);
    }

    private static boolean numberMatches(AgentRecord agent, String raw, String digits) {
        if (raw == null) {
            return true;
        }
        AgentRecord.NumberRecord primary = agent.primaryNumber();
        if (primary == null) {
            return false;
        }
        if (digits.isEmpty()) {
            // Nothing dialable to compare: fall back to the literal text.
            return containsIgnoreCase(primary.external(), raw.toLowerCase(Locale.ROOT));
        }
        return (primary.external() != null && primary.external().replaceAll("\\D", "").contains(digits))
                || (primary.extension() != null && primary.extension().contains(digits))
                || (primary.esn() != null && primary.esn().contains(digits));
    }

    private static boolean containsIgnoreCase(String haystack, String lowerNeedle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    private static PickupRecord find(LocationState location, String pickupId) {
        PickupRecord found = PickupIds.nameOf(pickupId).map(location::pickup).orElse(null);
        if (found == null) {
            throw new ApiError(404, "Call Pickup not found.", ApiError.PICKUP_NOT_FOUND);
        }
        return found;
    }

    private static PickupView view(LocationState location, PickupRecord pickup) {
        List<AgentRecord> agents = pickup.agentIds().stream().map(location.agents()::get).toList();
        return new PickupView(new PickupView.LocationRef(location.id(), location.name()), pickup, agents);
    }

    private <T> T locked(String locationId, Function<LocationState, T> action) {
        LocationState location = locations.get().get(locationId);
        if (location == null) {
            throw new ApiError(404, "Location not found: " + locationId);
        }
        location.lock().lock();
        try {
            return action.apply(location);
        } finally {
            location.lock().unlock();
        }
    }

    private static <T> T orDefault(T value, Supplier<T> fallback) {
        return value != null ? value : fallback.get();
    }
}
