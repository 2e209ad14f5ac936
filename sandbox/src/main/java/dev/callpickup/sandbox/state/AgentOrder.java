package dev.callpickup.sandbox.state;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code order} of the available-agents list: up to three of {@code fname}, {@code lname},
 * {@code extension}, {@code number}, in priority order. Missing values sort last; the agent ID breaks
 * ties so that pages never overlap.
 */
final class AgentOrder {
    private AgentOrder() {
    }

    /** Default order when none is asked for: last name, then first name. */
    private static final List<String> DEFAULT = List.of("lname", "fname");

    static Comparator<AgentRecord> of(List<String> fields) {
        Comparator<AgentRecord> order = null;
        for (String field : fields.isEmpty() ? DEFAULT : fields) {
            Comparator<AgentRecord> next = Comparator.comparing(key(field),
                    Comparator.nullsLast(Comparator.<String>naturalOrder()));
            order = order == null ? next : order.thenComparing(next);
        }
        return order.thenComparing(AgentRecord::id);
    }

    private static Function<AgentRecord, String> key(String field) {
        return switch (field) {
            case "fname" -> a -> lower(a.firstName());
            case "lname" -> a -> lower(a.lastName());
            case "extension" -> a -> a.primaryNumber() == null ? null : a.primaryNumber().extension();
            case "number" -> a -> a.primaryNumber() == null ? null : a.primaryNumber().external();
            default -> throw new IllegalArgumentException("order: unknown sort field '" + field + "'");
        };
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
