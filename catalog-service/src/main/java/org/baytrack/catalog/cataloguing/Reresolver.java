package org.baytrack.catalog.entity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.catalog.article.ArticleRecord;
import org.baytrack.catalog.article.Bigrams;
import org.baytrack.catalog.cataloguing.ArticleWriter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * After an entity is registered, the stored articles that name it are analysed again, so their mentions,
 * milestones and agreements include it and the tracker hears about them (a new revision of each article).
 */
@ApplicationScoped
public class Reresolver {
    @Inject
    EntityManager em;
    @Inject
    EntityRegistry registry;
    @Inject
    ArticleWriter writer;

    /** Returns the ids of the articles that were analysed again. */
    public List<String> reresolve(Entity entity) {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : entity.names()) {
            ids.addAll(QuarkusTransaction.requiringNew().call(() -> articlesNaming(name)));
        }
        for (String id : ids) {
            QuarkusTransaction.requiringNew().run(() -> reanalyse(id));
        }
        return List.copyOf(ids);
    }

    @SuppressWarnings("unchecked")
    List<String> articlesNaming(String name) {
        String simplified = ScriptConverter.get().toSimplified(name.strip()).toLowerCase(Locale.ROOT);
        return em.createNativeQuery("select id from article where bigrams @> cast(?1 as text[]) "
                        + "and strpos(lower(text), ?2) > 0 order by id")
                .setParameter(1, Bigrams.of(simplified))
                .setParameter(2, simplified)
                .getResultList();
    }

    void reanalyse(String articleId) {
        ArticleRecord article = ArticleRecord.findById(articleId);
        Analysis analysis = registry.analyzer().analyzeText(article.originalText, article.published);
        article.revision++;
        writer.replaceFindings(article, analysis);
    }
}
