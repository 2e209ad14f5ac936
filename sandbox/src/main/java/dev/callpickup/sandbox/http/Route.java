package dev.callpickup.sandbox.http;

import java.util.List;
import java.util.Optional;

/**
 * Which of the six operations a request addresses, and its path parameters. The literal
 * {@code availableUsers} is matched before {@code {callPickupId}}, as OpenAPI's precedence demands.
 *
 * @param operation    the operation
 * @param locationId   decoded location ID
 * @param callPickupId decoded call pickup ID, or null
 */
record Route(Operation operation, String locationId, String callPickupId) {

    /** The operations of the contract, by operationId. */
    enum Operation {
        LIST_CALL_PICKUPS("GET"),
        CREATE_CALL_PICKUP("POST"),
        LIST_AVAILABLE_AGENTS("GET"),
        GET_CALL_PICKUP("GET"),
        UPDATE_CALL_PICKUP("PUT"),
        DELETE_CALL_PICKUP("DELETE");

        private final String method;

        Operation(String method) {
            this.method = method;
        }

        String method() {
            return method;
        }
    }

    /** The result of matching a path: a route, or the methods the path would allow (empty: unknown path). */
    record Match(Optional<Route> route, List<String> allowedMethods) {
    }

    /**
     * @param method   HTTP method
     * @param segments decoded path segments, starting with {@code v1}
     * @return the match
     */
    static Match match(String method, List<String> segments) {
        int n = segments.size();
        boolean base = n >= 6 && segments.get(0).equals("v1") && segments.get(1).equals("telephony")
                && segments.get(2).equals("config") && segments.get(3).equals("locations")
                && !segments.get(4).isEmpty() && segments.get(5).equals("callPickups");
        if (!base || n > 7 || (n == 7 && segments.get(6).isEmpty())) {
            return new Match(Optional.empty(), List.of());
        }
        String locationId = segments.get(4);
        if (n == 6) {
            return pick(method, locationId, null, Operation.LIST_CALL_PICKUPS, Operation.CREATE_CALL_PICKUP);
        }
        if (segments.get(6).equals("availableUsers")) {
            return pick(method, locationId, null, Operation.LIST_AVAILABLE_AGENTS);
        }
        return pick(method, locationId, segments.get(6), Operation.GET_CALL_PICKUP, Operation.UPDATE_CALL_PICKUP,
                Operation.DELETE_CALL_PICKUP);
    }

    private static Match pick(String method, String locationId, String pickupId, Operation... candidates) {
        for (Operation op : candidates) {
            if (op.method().equals(method)) {
                return new Match(Optional.of(new Route(op, locationId, pickupId)), List.of());
            }
        }
        return new Match(Optional.empty(), java.util.Arrays.stream(candidates).map(Operation::method).toList());
    }
}
