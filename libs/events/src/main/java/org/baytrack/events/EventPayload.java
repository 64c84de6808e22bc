package org.baytrack.events;

/** The data of a Baytrack CloudEvent. Its key is the Kafka record key, which keeps one subject's events in order. */
public interface EventPayload {
    String key();
}
