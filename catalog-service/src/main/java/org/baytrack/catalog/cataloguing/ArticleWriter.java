package org.baytrack.catalog.cataloguing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;
import org.baytrack.catalog.article.ArticleRecord;
import org.baytrack.catalog.article.MentionStore;
import org.baytrack.catalog.candidate.CandidateClaims;
import org.baytrack.catalog.candidate.CandidateSightings;
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
    Outbox outbox;
    @Inject
    MentionStore mentions;
    @Inject
    CandidateSightings sightings;
    @Inject
    CandidateClaims candidateClaims;

    /** Findings of an article that has none yet, and the article.cataloged event. */
    public void saveFindings(ArticleRecord article, Analysis analysis) {
        mentions.add(article.id, analysis.mentions());
        sightings.add(article.id, analysis.candidates());
        candidateClaims.save(article.id, analysis.candidateClaims());
        announce(article, analysis);
    }

    /** Replaces the findings of an article read again (new entities), and announces its new revision. */
    public void replaceFindings(ArticleRecord article, Analysis analysis) {
        mentions.deleteOfArticle(article.id);
        sightings.deleteOfArticle(article.id);
        candidateClaims.deleteOf(article.id);
        saveFindings(article, analysis);
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
