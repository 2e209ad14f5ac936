package dev.callpickup.sandbox.state;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Webex-style call pickup IDs: {@code base64("ciscospark://us/CALL_PICKUP/" + base64(name))}.
 *
 * <p>The name is part of the ID, which is why Webex changes a pickup's ID when it is renamed. The outer
 * encoding has no padding and the inner one has, exactly like the IDs in Cisco's examples
 * (for example {@code callPickup2} is {@code Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNEST0}).
 */
public final class PickupIds {
    private static final String PREFIX = "ciscospark://us/CALL_PICKUP/";

    private PickupIds() {
    }

    /**
     * The ID of the call pickup with this name.
     *
     * @param name the pickup's name
     * @return its ID
     */
    public static String forName(String name) {
        String inner = Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().withoutPadding()
                .encodeToString((PREFIX + inner).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The name an ID stands for, if the ID is exactly what {@link #forName(String)} produces for it.
     * Anything else (foreign IDs, other padding, garbage) has no name, so it is simply not found.
     *
     * @param id a call pickup ID as received
     * @return the name, or empty
     */
    public static Optional<String> nameOf(String id) {
        try {
            String uri = new String(Base64.getDecoder().decode(id), StandardCharsets.UTF_8);
            if (!uri.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String name = new String(Base64.getDecoder().decode(uri.substring(PREFIX.length())),
                    StandardCharsets.UTF_8);
            return forName(name).equals(id) ? Optional.of(name) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
