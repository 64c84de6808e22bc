package org.baytrack.catalog.article;

import java.time.LocalDate;
import java.util.List;

/** An article as the API shows it; {@code variants} are the reprints merged into it (itself included). */
public record ArticleView(String id, String canonicalId, String documentId, int revision, String title,
                          LocalDate published, String source, String url, String language, String script,
                          String text, String originalText, List<ArticleRecord.StoredSentence> sentences,
                          List<Variant> variants, List<MentionView> mentions) {

    public record Variant(String id, String documentId, String source, String url, String script) {
    }

    public record MentionView(String entity, String type, String text, int start, int end, int sentence) {
    }

    public record Summary(String id, String title, LocalDate published, String source, String language,
                          String script, int variants) {
    }
}
