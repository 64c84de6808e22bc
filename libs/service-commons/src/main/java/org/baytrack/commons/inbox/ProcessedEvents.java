package org.baytrack.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The consumer side of "reprocessing changes nothing": an event's effect and the record that it was processed
 * commit in one transaction, so a redelivered event is recognised and dropped. Needs table
 * {@code processed_event(consumer, event_id)} in the service's schema.
 */
@ApplicationScoped
public class ProcessedEvents {
    @Inject
    EntityManager em;

    /** Records the event as processed by this consumer; false if it already was. Call inside the effect's transaction. */
    public boolean firstTime(String consumer, String eventId) {
        return em.createNativeQuery("insert into processed_event (consumer, event_id) values (?1, ?2) "
                        + "on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
