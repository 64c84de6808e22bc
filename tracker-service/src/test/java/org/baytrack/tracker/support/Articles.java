package org.baytrack.tracker.support;

import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.vocabulary.MilestoneKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds article.cataloged events as the catalog announces them: each claim with the sentence it was read from, and
 * that sentence with a mention of every entity the claim names. The tracker reads only this contract, so its tests
 * write the claims themselves instead of running an analysis.
 */
public final class Articles {
    private final String articleId;
    private final LocalDate published;
    private final List<ArticleCataloged.Sentence> sentences = new ArrayList<>();
    private final List<ArticleCataloged.MilestoneClaim> milestones = new ArrayList<>();
    private final List<ArticleCataloged.AgreementClaim> agreements = new ArrayList<>();
    private String title;
    private String source = "测试日报";

    private Articles(String articleId, LocalDate published) {
        this.articleId = articleId;
        this.published = published;
        this.title = articleId;
    }

    /** A report published on that day ({@code null}: the catalog found no date). */
    public static Articles report(String articleId, LocalDate published) {
        return new Articles(articleId, published);
    }

    public Articles title(String title) {
        this.title = title;
        return this;
    }

    public Articles source(String source) {
        this.source = source;
        return this;
    }

    /** A milestone claim; {@code date} and {@code precision} both null for an undated one. */
    public Articles milestone(String project, String kind, String date, String precision, String sentence) {
        milestones.add(new ArticleCataloged.MilestoneClaim(project, MilestoneKind.fromCode(kind), date, precision, sentence,
                sentence(sentence, List.of(project))));
        return this;
    }

    /** An agreement claim, its sentence mentioning the parties and the projects it concerns. */
    public Articles agreement(String title, List<String> parties, String signed, List<String> fields, Integer count,
                              Integer items, Integer done, String sentence, List<String> projects) {
        List<String> named = new ArrayList<>(parties);
        named.addAll(projects);
        sentence(sentence, named);
        agreements.add(new ArticleCataloged.AgreementClaim(title, parties, signed, fields, count, items, done,
                sentence, parties.stream().map(Articles::name).toList()));
        return this;
    }

    public ArticleCataloged build() {
        return new ArticleCataloged(articleId, "doc-" + articleId, articleId, 1, title, published, source,
                "https://example.org/" + articleId, "zh", "hans", false, List.copyOf(sentences),
                List.copyOf(milestones), List.copyOf(agreements));
    }

    /** The sentence's index; a sentence given twice (two claims read from it) is one sentence. */
    private int sentence(String text, List<String> entities) {
        for (var s : sentences) {
            if (s.text().equals(text)) {
                return s.index();
            }
        }
        int index = sentences.size();
        sentences.add(new ArticleCataloged.Sentence(index, text, entities.stream().map(id -> mention(id, text)).toList()));
        return index;
    }

    private static ArticleCataloged.Mention mention(String id, String text) {
        var entity = Entities.KNOWN.stream().filter(e -> e.id().equals(id)).findFirst();
        String name = name(id);
        int start = Math.max(0, text.indexOf(name));
        return new ArticleCataloged.Mention(id, entity.map(e -> e.type()).orElse("project"), name, start,
                Math.min(text.length(), start + name.length()));
    }

    private static String name(String id) {
        return Entities.KNOWN.stream().filter(e -> e.id().equals(id)).map(e -> e.name()).findFirst().orElse(id);
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
