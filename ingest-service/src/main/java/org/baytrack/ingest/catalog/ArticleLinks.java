package org.baytrack.ingest.catalog;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.commons.inbox.PollTransactions;
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
    @Inject
    EntityManager em;

    @Incoming("articles")
    @Blocking
    public void onCataloged(List<String> poll) {
        PollTransactions.apply(poll, this::apply, () -> { }, "article.cataloged events");
    }

    /** One event, inside the caller's transaction. */
    void apply(String json) {
        ArticleCataloged article = EventCodec.decode(json, ArticleCataloged.class).data();
        // Setting the link is its own idempotence record: a redelivered event sets the same value again (and a
        // replay replays a document's later events after it, as they share its article's key), so no
        // processed-event row is written. Native: an HQL update is translated afresh at every call.
        em.createNativeQuery("update document set article_id = ?1 where id = ?2 and article_id is distinct from ?1")
                .setParameter(1, article.canonicalArticleId() == null ? article.articleId() : article.canonicalArticleId())
                .setParameter(2, article.documentId())
                .executeUpdate();
    }
}
