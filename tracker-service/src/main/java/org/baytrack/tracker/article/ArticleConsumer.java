package org.baytrack.tracker.article;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.commons.inbox.PollTransactions;
import org.baytrack.commons.inbox.ProcessedEvents;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * article.cataloged, a poll at a time (batch mode): each event once (by event id), its effect and any changes it
 * publishes in the same transaction as the record that it was processed. The articles of one poll share one
 * transaction, applied in order exactly as one at a time (each sees the rows the previous ones wrote), so a busy
 * topic pays one commit and one relay wake-up per poll. If that transaction fails, each article is retried in a
 * transaction of its own; only a failure there reaches the channel's failure strategy.
 */
@ApplicationScoped
public class ArticleConsumer {
    static final String CONSUMER = "tracker-articles";

    @Inject
    ProcessedEvents processed;
    @Inject
    ArticleTracker tracker;
    @Inject
    EntityManager em;
    @Inject
    PollTransactions pollTransactions;

    @Incoming("articles")
    @Blocking
    public void onCataloged(List<String> batch) {
        pollTransactions.apply(batch, this::apply, () -> {
            // Each article starts from the database, as in a transaction of its own.
            em.flush();
            em.clear();
        }, "articles");
    }

    /** One article.cataloged event, inside the caller's transaction. */
    void apply(String json) {
        var event = EventCodec.decode(json, ArticleCataloged.class);
        if (processed.firstTime(CONSUMER, event.id())) {
            tracker.track(event.data());
        }
    }
}
