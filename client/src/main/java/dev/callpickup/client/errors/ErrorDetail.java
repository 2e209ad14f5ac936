package dev.callpickup.client.errors;

/**
 * One entry of the {@code errors} array of a Webex error body.
 *
 * @param description what went wrong, or {@code null} when the server sent none
 * @param errorCode Webex's numeric error code, or {@code null} when the server sent none
 */
public record ErrorDetail(String description, Integer errorCode) {
}
