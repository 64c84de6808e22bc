package org.baytrack.tracker.article;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.baytrack.commons.inbox.ProcessedEvents;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** article.cataloged: each event once (by event id), its effect and any changes it publishes in one transaction. */
@ApplicationScoped
public class ArticleConsumer {
    static final String CONSUMER = "tracker-articles";

    @Inject
    ProcessedEvents processed;
    @Inject
    ArticleTracker tracker;

    @Incoming("articles")
    @Blocking
    @Transactional
    public void onCataloged(String json) {
        var event = EventCodec.decode(json, ArticleCataloged.class);
        if (processed.firstTime(CONSUMER, event.id())) {
            tracker.track(event.data());
        }
    }
}
