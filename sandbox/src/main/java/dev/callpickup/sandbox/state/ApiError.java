package dev.callpickup.sandbox.state;

import java.util.List;

/**
 * A request the sandbox refuses, the way Webex would: an HTTP status, a message and an optional
 * Webex error code. The HTTP layer turns it into a Webex error body.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Webex's code for "Call Pickup not found", as in the contract's example. */
    public static final int PICKUP_NOT_FOUND = 4008;
    /** Webex's code for a duplicate name, as in the contract's example. */
    public static final int DUPLICATE_NAME = 4470;
    /** Webex's code for an agent already in another pickup (reported by users, see the reference). */
    public static final int AGENT_ALREADY_ASSIGNED = 4471;

    private final int status;
    private final Integer errorCode;
    private final List<String> problems;

    /**
     * @param status    HTTP status
     * @param problems  what went wrong, one entry per problem, each naming the field or resource
     * @param errorCode Webex error code, or null
     */
    public ApiError(int status, List<String> problems, Integer errorCode) {
        super(String.join("; ", problems), null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.problems = List.copyOf(problems);
    }

    /**
     * @param status    HTTP status
     * @param message   what went wrong, naming the field or resource
     * @param errorCode Webex error code, or null
     */
    public ApiError(int status, String message, Integer errorCode) {
        this(status, List.of(message), errorCode);
    }

    /**
     * @param status  HTTP status
     * @param message what went wrong, naming the field or resource
     */
    public ApiError(int status, String message) {
        this(status, message, null);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the problems, at least one */
    public List<String> problems() {
        return problems;
    }

    /** @return the Webex error code, or null */
    public Integer errorCode() {
        return errorCode;
    }
}
