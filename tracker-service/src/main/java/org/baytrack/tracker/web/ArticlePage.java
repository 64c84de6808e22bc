package org.baytrack.tracker.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The article view's content: the cleaned text the analysis read, in paragraphs, with the sentences the tracker took
 * as evidence marked, and the same text in the article's own script beside it when that differs. Plain Java, so it
 * is tested without a server; every text is escaped by the template.
 */
public final class ArticlePage {

    /** A run of text that is, or is not, an evidence sentence; {@code original} is the same run as written. */
    public record Segment(String text, String original, boolean evidence) {
    }

    public record Paragraph(List<Segment> segments) {
    }

    public record Variant(String id, String href, String source, String script) {
    }

    /**
     * {@code twoScripts}: the original differs from the Simplified text (a Traditional article), so both are shown,
     * paragraph beside paragraph; {@code lang} is the BCP 47 tag of the single text otherwise.
     */
    public record Model(String lang, String boardHref, String otherLangHref, String id, String title, String source,
                        LocalDate published, String href, boolean twoScripts, String textLang,
                        List<Paragraph> paragraphs, int marked, List<Variant> variants) {
    }

    private ArticlePage() {
    }

    /** @param evidence the sentences (Simplified) that the tracker keeps as evidence from this article's story */
    public static Model build(CatalogClient.Article a, Set<String> evidence, Messages msg) {
        String text = a.text() == null ? "" : a.text();
        String original = a.originalText() != null && a.originalText().length() == text.length() ? a.originalText() : text;
        boolean twoScripts = !original.equals(text);
        List<Paragraph> paragraphs = paragraphs(text, original, a.sentences() == null ? List.of() : a.sentences(), evidence);
        int marked = (int) paragraphs.stream().flatMap(p -> p.segments().stream()).filter(Segment::evidence)
                .map(Segment::text).distinct().count();
        String textLang = "en".equals(a.language()) ? "en" : "zh-Hans";
        String other = "en".equals(msg.lang()) ? "zh" : "en";
        List<Variant> variants = a.variants() == null || a.variants().size() < 2 ? List.of() : a.variants().stream()
                .map(v -> new Variant(v.id(), Links.article(v.id(), msg.lang()), v.source(), v.script())).toList();
        return new Model(msg.lang(), Links.board(msg.lang()), Links.article(a.id(), other), a.id(), a.title(),
                a.source(), a.published(), ProjectPage.webAddress(a.url()), twoScripts, textLang, paragraphs, marked,
                variants);
    }

    /**
     * The text cut at its sentences (a sentence is evidence when its text is one the tracker kept) and at its line
     * breaks, which end paragraphs. The original has the Simplified text's offsets, so one cut serves both.
     */
    static List<Paragraph> paragraphs(String text, String original, List<CatalogClient.Sentence> sentences,
                                      Set<String> evidence) {
        record Piece(int start, int end, boolean evidence) {
        }
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (var s : sentences.stream().sorted(Comparator.comparingInt(CatalogClient.Sentence::start)).toList()) {
            int start = Math.max(at, Math.min(s.start(), text.length()));
            int end = Math.min(s.end(), text.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(at, start, false));
            }
            pieces.add(new Piece(start, end, evidence.contains(s.text()) || evidence.contains(text.substring(start, end))));
            at = end;
        }
        if (at < text.length()) {
            pieces.add(new Piece(at, text.length(), false));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (Piece p : pieces) {
            int from = p.start();
            for (int i = p.start(); i <= p.end(); i++) {
                boolean lineEnd = i < p.end() && text.charAt(i) == '\n';
                if (lineEnd || i == p.end()) {
                    if (i > from) {
                        current.add(new Segment(text.substring(from, i), original.substring(from, i), p.evidence()));
                    }
                    if (lineEnd) {
                        close(paragraphs, current);
                        current = new ArrayList<>();
                    }
                    from = i + 1;
                }
            }
        }
        close(paragraphs, current);
        return paragraphs;
    }

    private static void close(List<Paragraph> paragraphs, List<Segment> segments) {
        if (segments.stream().anyMatch(s -> !s.text().isBlank())) {
            paragraphs.add(new Paragraph(List.copyOf(segments)));
        }
    }
}
