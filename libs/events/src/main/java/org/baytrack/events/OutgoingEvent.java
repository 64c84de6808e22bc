package org.baytrack.events;

/** A CloudEvent ready for Kafka: the topic, the record key and the structured-mode JSON value. */
public record OutgoingEvent(String id, EventType type, String topic, String key, String json) {
}
