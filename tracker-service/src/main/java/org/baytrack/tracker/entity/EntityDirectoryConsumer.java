package org.baytrack.tracker.entity;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baytrack.commons.inbox.ProcessedEvents;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * entity.changed from the catalog: new projects are followed from then on. A tombstone (the entity's id with no
 * value) means the catalog deleted the entity: the tracker forgets it, which is idempotent by itself.
 */
@ApplicationScoped
public class EntityDirectoryConsumer {
    static final String CONSUMER = "tracker-entities";

    @Inject
    ProcessedEvents processed;
    @Inject
    EntityDirectory directory;

    @Incoming("entities")
    @Blocking
    @Transactional
    public void onEntityChanged(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                directory.forget(record.key());
            }
            return;
        }
        var event = EventCodec.decode(record.value(), EntityChanged.class);
        if (processed.firstTime(CONSUMER, event.id())) {
            directory.apply(event.data());
        }
    }
}
