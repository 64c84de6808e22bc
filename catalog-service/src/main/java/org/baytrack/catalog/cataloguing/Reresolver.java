package org.baytrack.catalog.cataloguing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.catalog.article.ArticleRecord;
import org.baytrack.catalog.article.ArticleStore;
import org.baytrack.catalog.entity.EntityRegistry;
import org.baytrack.catalog.entity.Reresolution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * After an entity is registered, the stored articles that name it are analysed again, so their mentions,
 * milestones and agreements include it and the tracker hears about them (a new revision of each article).
 */
@ApplicationScoped
public class Reresolver implements Reresolution {
    @Inject
    ArticleStore articles;
    @Inject
    EntityRegistry registry;
    @Inject
    ArticleWriter writer;

    @Override
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

    List<String> articlesNaming(String name) {
        return articles.idsContaining(ScriptConverter.get().toSimplified(name.strip()).toLowerCase(Locale.ROOT));
    }

    void reanalyse(String articleId) {
        ArticleRecord article = ArticleRecord.findById(articleId);
        Analysis analysis = registry.analyzer().analyzeText(article.originalText, article.published);
        article.revision++;
        writer.replaceFindings(article, analysis);
    }
}
