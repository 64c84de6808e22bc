package org.baytrack.ingest.catalog;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.baytrack.commons.inbox.ProcessedEvents;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EventCodec;
import org.baytrack.ingest.document.Document;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Remembers which canonical article each document became, so GET /documents/{id} can say so. */
@ApplicationScoped
public class ArticleLinks {
    @Inject
    ProcessedEvents processed;

    @Incoming("articles")
    @Blocking
    @Transactional
    public void onCataloged(String json) {
        var event = EventCodec.decode(json, ArticleCataloged.class);
        if (!processed.firstTime("article-links", event.id())) {
            return;
        }
        ArticleCataloged article = event.data();
        Document.update("articleId = ?1 where id = ?2",
                article.canonicalArticleId() == null ? article.articleId() : article.canonicalArticleId(),
                article.documentId());
    }
}
