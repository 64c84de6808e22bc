package org.baytrack.catalog.cataloguing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.candidate.Candidate;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;
import org.baytrack.catalog.article.ArticleRecord;
import org.baytrack.catalog.candidate.CandidateClaims;
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
    @Inject
    CandidateClaims candidateClaims;

    /** Findings of an article that has none yet, and the article.cataloged event. */
    public void saveFindings(ArticleRecord article, Analysis analysis) {
        // One multi-row statement for the mentions and one for the candidates: a statement per row would be a
        // database round trip each.
        List<Mention> mentions = analysis.mentions();
        for (int from = 0; from < mentions.size(); from += ROWS_PER_STATEMENT) {
            insertMentions(article.id, mentions.subList(from, Math.min(mentions.size(), from + ROWS_PER_STATEMENT)));
        }
        List<Candidate> candidates = analysis.candidates();
        for (int from = 0; from < candidates.size(); from += ROWS_PER_STATEMENT) {
            insertCandidates(article.id, candidates.subList(from, Math.min(candidates.size(), from + ROWS_PER_STATEMENT)));
        }
        candidateClaims.save(article.id, analysis.candidateClaims());
        announce(article, analysis);
    }

    /** Replaces the findings of an article read again (new entities), and announces its new revision. */
    public void replaceFindings(ArticleRecord article, Analysis analysis) {
        em.createNativeQuery("with gone as (delete from mention where article_id = ?1) "
                + "delete from candidate_sighting where article_id = ?1").setParameter(1, article.id).executeUpdate();
        candidateClaims.deleteOf(article.id);
        saveFindings(article, analysis);
    }

    /** Rows per multi-row insert: well under PostgreSQL's 32767 bind parameters at 7 per row. */
    static final int ROWS_PER_STATEMENT = 1000;

    private void insertMentions(String articleId, List<Mention> mentions) {
        StringBuilder sql = new StringBuilder("insert into mention (article_id, entity_id, type, text, start_offset, "
                + "end_offset, sentence) values ");
        for (int i = 0; i < mentions.size(); i++) {
            int p = 2 + i * 6;
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(p).append(", ?").append(p + 1).append(", ?")
                    .append(p + 2).append(", ?").append(p + 3).append(", ?").append(p + 4).append(", ?")
                    .append(p + 5).append(')');
        }
        var insert = em.createNativeQuery(sql.toString()).setParameter(1, articleId);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int p = 2 + i * 6;
            insert.setParameter(p, m.entity()).setParameter(p + 1, m.type()).setParameter(p + 2, m.text())
                    .setParameter(p + 3, m.start()).setParameter(p + 4, m.end()).setParameter(p + 5, m.sentence());
        }
        insert.executeUpdate();
    }

    private void insertCandidates(String articleId, List<Candidate> candidates) {
        StringBuilder sql = new StringBuilder("insert into candidate_sighting (name, article_id, sentence) values ");
        for (int i = 0; i < candidates.size(); i++) {
            int p = 2 + i * 2;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p).append(", ?1, ?").append(p + 1).append(')');
        }
        sql.append(" on conflict do nothing");
        var insert = em.createNativeQuery(sql.toString()).setParameter(1, articleId);
        for (int i = 0; i < candidates.size(); i++) {
            insert.setParameter(2 + i * 2, candidates.get(i).name()).setParameter(3 + i * 2, candidates.get(i).evidence());
        }
        insert.executeUpdate();
    }

    /**
     * The evidence sentence as the article itself words it: the original text has the Simplified text's offsets, so
     * the sentence's span read from it. Null when it reads the same (a Simplified or English article), or when the
     * evidence is not the sentence at that index.
     */
    static String originalOf(Analysis analysis, int index, String evidence) {
        if (index < 0 || index >= analysis.sentences().size() || analysis.originalText() == null) {
            return null;
        }
        Sentence s = analysis.sentences().get(index);
        if (!s.text().equals(evidence) || s.end() > analysis.originalText().length()) {
            return null;
        }
        String original = analysis.originalText().substring(s.start(), s.end());
        return original.equals(evidence) ? null : original;
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
                        m.date(), m.precision(), m.evidence(), m.sentence(),
                        originalOf(analysis, m.sentence(), m.evidence()))).toList(),
                analysis.agreements().stream().map(a -> new ArticleCataloged.AgreementClaim(a.title(), a.parties(),
                        a.signed(), a.fields(), a.count(), a.items(), a.done(), a.evidence(), a.partyNames(),
                        originalOf(analysis, a.sentence(), a.evidence()))).toList());
        outbox.add(EventCodec.encode(EventIds.of(EventType.ARTICLE_CATALOGED, article.id,
                String.valueOf(article.revision)), SOURCE, payload));
    }
}
