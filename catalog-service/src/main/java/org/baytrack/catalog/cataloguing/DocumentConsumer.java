package org.baytrack.catalog.cataloguing;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.events.DocumentIngested;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class DocumentConsumer {
    @Inject
    Cataloguer cataloguer;

    @Incoming("documents")
    @Blocking
    public void onIngested(String json) {
        var event = EventCodec.decode(json, DocumentIngested.class);
        cataloguer.catalog(event.id(), event.data());
    }
}
