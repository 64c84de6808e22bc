package org.baytrack.catalog.cataloguing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.candidate.Candidate;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.catalog.article.ArticleRecord;
import org.baytrack.commons.outbox.Outbox;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventIds;
import org.baytrack.events.EventType;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stores what the analysis found in an article and announces it, for first cataloguing and re-resolution alike. */
@ApplicationScoped
public class ArticleWriter {
    static final URI SOURCE = URI.create("/baytrack/catalog-service");

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    public void saveFindings(ArticleRecord article, Analysis analysis) {
        em.createNativeQuery("delete from mention where article_id = ?1").setParameter(1, article.id).executeUpdate();
        for (Mention m : analysis.mentions()) {
            em.createNativeQuery("insert into mention (article_id, entity_id, type, text, start_offset, end_offset, sentence) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, article.id).setParameter(2, m.entity()).setParameter(3, m.type())
                    .setParameter(4, m.text()).setParameter(5, m.start()).setParameter(6, m.end())
                    .setParameter(7, m.sentence()).executeUpdate();
        }
        em.createNativeQuery("delete from candidate_sighting where article_id = ?1").setParameter(1, article.id).executeUpdate();
        for (Candidate c : analysis.candidates()) {
            em.createNativeQuery("insert into candidate_sighting (name, article_id, sentence) values (?1, ?2, ?3) "
                            + "on conflict do nothing")
                    .setParameter(1, c.name()).setParameter(2, article.id).setParameter(3, c.evidence()).executeUpdate();
        }
        announce(article, analysis);
    }

    private void announce(ArticleRecord article, Analysis analysis) {
        Map<Integer, List<ArticleCataloged.Mention>> bySentence = new LinkedHashMap<>();
        for (Mention m : analysis.mentions()) {
            bySentence.computeIfAbsent(m.sentence(), s -> new ArrayList<>())
                    .add(new ArticleCataloged.Mention(m.entity(), m.type(), m.text(), m.start(), m.end()));
        }
        List<ArticleCataloged.Sentence> sentences = bySentence.entrySet().stream()
                .filter(e -> e.getKey() >= 0 && e.getKey() < analysis.sentences().size())
                .map(e -> new ArticleCataloged.Sentence(e.getKey(), analysis.sentences().get(e.getKey()).text(), e.getValue()))
                .toList();
        var payload = new ArticleCataloged(article.id, article.documentId, article.canonicalId, article.revision,
                article.title, article.published, article.source, article.url, article.language, article.script,
                article.backfill, sentences,
                analysis.milestones().stream().map(m -> new ArticleCataloged.MilestoneClaim(m.project(), m.kind(),
                        m.date(), m.precision(), m.evidence(), m.sentence())).toList(),
                analysis.agreements().stream().map(a -> new ArticleCataloged.AgreementClaim(a.title(), a.parties(),
                        a.signed(), a.fields(), a.count(), a.items(), a.done(), a.evidence())).toList());
        outbox.add(EventCodec.encode(EventIds.of(EventType.ARTICLE_CATALOGED, article.id,
                String.valueOf(article.revision)), SOURCE, payload));
    }
}
