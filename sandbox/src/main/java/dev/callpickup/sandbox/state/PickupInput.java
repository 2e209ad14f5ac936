package dev.callpickup.sandbox.state;

import java.util.List;

/**
 * The properties a create or an update sent. A null property was not sent: a create then uses the
 * default, an update keeps the stored value.
 *
 * @param name                     name, or null
 * @param notificationType         notification type, or null
 * @param notificationDelaySeconds delay, or null
 * @param agentIds                 agent IDs, or null
 */
public record PickupInput(String name, String notificationType, Integer notificationDelaySeconds,
                          List<String> agentIds) {
}
