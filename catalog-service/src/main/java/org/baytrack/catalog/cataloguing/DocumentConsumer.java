package org.baytrack.catalog.cataloguing;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.events.DocumentIngested;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.baytrack.commons.inbox.PollTransactions;

import java.util.List;

/**
 * document.ingested, a poll at a time (batch mode), committed in slices (PollTransactions): a document's article
 * commits with it, and a redelivered document whose article exists changes nothing.
 */
@ApplicationScoped
public class DocumentConsumer {
    @Inject
    Cataloguer cataloguer;
    @Inject
    EntityManager em;

    @Incoming("documents")
    @Blocking
    public void onIngested(List<String> batch) {
        PollTransactions.apply(batch, json -> {
            cataloguer.catalog(EventCodec.decode(json, DocumentIngested.class).data());
        }, () -> {
            // the session is emptied after each document so a poll of big texts stays small
            em.flush();
            em.clear();
        }, "documents");
    }
}
