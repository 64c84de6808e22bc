package org.baytrack.tracker.entity;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.baytrack.commons.inbox.ProcessedEvents;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** entity.changed from the catalog: new projects are followed from then on. */
@ApplicationScoped
public class EntityConsumer {
    static final String CONSUMER = "tracker-entities";

    @Inject
    ProcessedEvents processed;
    @Inject
    EntityDirectory directory;

    @Incoming("entities")
    @Blocking
    @Transactional
    public void onEntityChanged(String json) {
        var event = EventCodec.decode(json, EntityChanged.class);
        if (processed.firstTime(CONSUMER, event.id())) {
            directory.apply(event.data());
        }
    }
}
