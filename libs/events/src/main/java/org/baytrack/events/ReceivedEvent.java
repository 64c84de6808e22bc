package org.baytrack.events;

import java.time.OffsetDateTime;

/** A decoded CloudEvent whose data is read into its payload record. */
public record ReceivedEvent<T extends EventPayload>(String id, EventType type, String subject, OffsetDateTime time,
                                                    T data) {
}
