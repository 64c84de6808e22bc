package org.baytrack.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.baytrack.commons.transaction.AfterCommit;
import org.baytrack.events.OutgoingEvent;

/**
 * The producer side of the transactional outbox: an event is written in the same transaction as the state it
 * announces, so no event leaves for a change that was rolled back and none is lost for one that committed.
 * Needs table {@code outbox} (the shared migrations in {@code db/service-commons}).
 */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    OutboxRelay relay;

    /** Adds the event to the current transaction. The same event id twice is stored once. */
    public void add(OutgoingEvent event) {
        OutboxStore.insert(em, event.id(), event.topic(), event.key(), event.json());
        AfterCommit.run(transactions, relay::wakeUp);
    }

    /**
     * Adds a tombstone to the current transaction: a record with this key and no value, which tells the readers of
     * a compacted topic that the key is gone (and lets compaction drop its earlier records). Needs a nullable
     * {@code outbox.payload}.
     */
    public void addTombstone(String eventId, String topic, String key) {
        OutboxStore.insert(em, eventId, topic, key, null);
        AfterCommit.run(transactions, relay::wakeUp);
    }
}
