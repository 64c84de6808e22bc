package org.baytrack.tracker.support;

import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.gazetteer.Gazetteer;
import org.baytrack.events.ArticleCataloged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds article.cataloged events the way the catalog does: the analysis library run on a document, mapped to the
 * event. (The production mapping lives in catalog-service; this one is the tests' own.)
 */
public final class Articles {
    private static final DocumentAnalyzer DEFAULT = DocumentAnalyzer.withDefaultGazetteer();

    private Articles() {
    }

    public static byte[] seed(String name) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("baytrack.seeds", "../../shared/seeds"), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ArticleCataloged fromSeed(String file, String articleId, LocalDate published) {
        Analysis analysis = DEFAULT.analyze(seed(file), "text/plain", published);
        return map(analysis, articleId, articleId, 1, false);
    }

    public static ArticleCataloged fromText(String articleId, String text, LocalDate published) {
        return map(DEFAULT.analyzeText(text, published), articleId, articleId, 1, false);
    }

    public static ArticleCataloged fromText(Gazetteer gazetteer, String articleId, String text, LocalDate published) {
        return map(new DocumentAnalyzer(gazetteer).analyzeText(text, published), articleId, articleId, 1, false);
    }

    public static ArticleCataloged map(Analysis a, String articleId, String canonicalArticleId, int revision,
                                       boolean backfill) {
        List<ArticleCataloged.Sentence> sentences = a.sentences().stream()
                .map(s -> new ArticleCataloged.Sentence(s.index(), s.text(), a.mentions().stream()
                        .filter(m -> m.sentence() == s.index())
                        .map(m -> new ArticleCataloged.Mention(m.entity(), m.type(), m.text(), m.start(), m.end()))
                        .toList()))
                .filter(s -> !s.mentions().isEmpty())
                .toList();
        return new ArticleCataloged(articleId, "doc-" + articleId, canonicalArticleId, revision,
                a.title(), a.published(), a.source(), "https://example.org/" + articleId,
                a.language(), a.script(), backfill, sentences,
                a.milestones().stream().map(m -> new ArticleCataloged.MilestoneClaim(m.project(), m.kind(), m.date(),
                        m.precision(), m.evidence(), m.sentence())).toList(),
                a.agreements().stream().map(g -> new ArticleCataloged.AgreementClaim(g.title(), g.parties(),
                        g.signed(), g.fields(), g.count(), g.items(), g.done(), g.evidence(), g.partyNames())).toList());
    }

    /** The same article under another id: a reprint of the same story, or a later revision. */
    public static ArticleCataloged reprint(ArticleCataloged a, String articleId) {
        return new ArticleCataloged(articleId, "doc-" + articleId, a.canonicalArticleId(), a.revision(), a.title(),
                a.published(), "转载:" + a.source(), a.url(), a.language(), a.script(), a.backfill(), a.sentences(),
                a.milestones(), a.agreements());
    }

    public static ArticleCataloged revision(ArticleCataloged a, int revision) {
        return new ArticleCataloged(a.articleId(), a.documentId(), a.canonicalArticleId(), revision, a.title(),
                a.published(), a.source(), a.url(), a.language(), a.script(), a.backfill(), a.sentences(),
                a.milestones(), a.agreements());
    }

    public static ArticleCataloged backfill(ArticleCataloged a) {
        return new ArticleCataloged(a.articleId(), a.documentId(), a.canonicalArticleId(), a.revision(), a.title(),
                a.published(), a.source(), a.url(), a.language(), a.script(), true, a.sentences(),
                a.milestones(), a.agreements());
    }
}
