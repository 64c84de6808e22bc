package org.baytrack.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids are derived from what the event says, never random: re-emitting the same fact yields the same id,
 * which is what lets every consumer drop it as already processed.
 */
public final class EventIds {
    private EventIds() {
    }

    public static String of(EventType type, String... parts) {
        var joined = new StringBuilder(type.type());
        for (String part : parts) {
            joined.append('\u001f').append(part);
        }
        return UUID.nameUUIDFromBytes(joined.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
