package org.baytrack.catalog.cataloguing;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.events.DocumentIngested;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * document.ingested, a poll at a time (batch mode): the documents of one poll are catalogued in one transaction,
 * so a busy topic pays one commit and one relay wake-up per poll instead of per document. Each document is still
 * recorded as processed in that transaction, so a redelivered poll changes nothing. If the poll's transaction fails,
 * every document is retried in a transaction of its own, as one at a time would have done; only then does a
 * failure reach the channel's failure strategy.
 */
@ApplicationScoped
public class DocumentConsumer {
    private static final Logger LOG = Logger.getLogger(DocumentConsumer.class);

    @Inject
    Cataloguer cataloguer;

    @Incoming("documents")
    @Blocking
    public void onIngested(List<String> batch) {
        if (batch.size() > 1) {
            try {
                cataloguer.catalogAll(batch);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Cataloguing a poll of %d documents failed (%s); retrying them one by one", batch.size(),
                        e.toString());
            }
        }
        RuntimeException failure = null;
        for (String json : batch) {
            try {
                var event = EventCodec.decode(json, DocumentIngested.class);
                cataloguer.catalog(event.id(), event.data());
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
