package org.baytrack.ingest.catalog;

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
 * Remembers which canonical article each document became, so GET /documents/{id} can say so. A poll at a time in
 * one transaction (a commit per article was a good part of this service's work under load).
 */
@ApplicationScoped
public class ArticleLinks {
    static final String CONSUMER = "article-links";

    @Inject
    ProcessedEvents processed;
    @Inject
    EntityManager em;

    @Incoming("articles")
    @Blocking
    public void onCataloged(List<String> poll) {
        PollTransactions.apply(poll, this::apply, () -> { }, "article.cataloged events");
    }

    /** One event, inside the caller's transaction. */
    void apply(String json) {
        var event = EventCodec.decode(json, ArticleCataloged.class);
        if (!processed.firstTime(CONSUMER, event.id())) {
            return;
        }
        ArticleCataloged article = event.data();
        // native: an HQL update is translated afresh at every call, a good part of this consumer's time
        em.createNativeQuery("update document set article_id = ?1 where id = ?2")
                .setParameter(1, article.canonicalArticleId() == null ? article.articleId() : article.canonicalArticleId())
                .setParameter(2, article.documentId())
                .executeUpdate();
    }
}
