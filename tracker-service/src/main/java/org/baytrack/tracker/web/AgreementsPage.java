package org.baytrack.tracker.web;

import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.tracker.agreement.AgreementView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The agreements page's content: each agreement's terms as a reader needs them (parties named, signing date with
 * its precision, progress worded from its first figures to its latest) and the reports stating it. Plain Java, so
 * it is tested without a server.
 */
public final class AgreementsPage {
    /** One story reporting an agreement, with the progress figures it gave, if any. */
    public record Source(LocalDate published, String source, String title, String url, String sentence,
                         Integer items, Integer done, String originalSentence, String articleId) {

        public Source(LocalDate published, String source, String title, String url, String sentence, Integer items,
                      Integer done) {
            this(published, source, title, url, sentence, items, done, null, null);
        }
    }

    /** {@code other} is the party's name in the other language, blank when unknown or the same. */
    public record Party(String name, String other, boolean known) {
    }

    /**
     * {@code href} is null unless the article's address is a plain web address; {@code articleHref}, this site's view
     * of the article, is null when the report names no article.
     */
    public record Report(Quote quote, String source, LocalDate published, String title, String href,
                         String articleHref) {

        public String sentence() {
            return quote.simplified();
        }
    }

    public record Row(String id, String title, List<Party> parties, String signed, String signedPrecision,
                      List<String> fields, Integer count, String status, String statusLabel, String progress,
                      List<Report> reports) {
    }

    public record Model(String lang, List<Row> rows, String boardHref, String otherLangHref) {
    }

    private AgreementsPage() {
    }

    public static Model build(List<AgreementView> agreements, Map<String, List<Source>> sources, Messages msg) {
        List<Row> rows = agreements.stream().map(a -> row(a, sources.getOrDefault(a.id(), List.of()), msg)).toList();
        String other = "en".equals(msg.lang()) ? "zh" : "en";
        return new Model(msg.lang(), rows, Links.board(msg.lang()), Links.agreements(other));
    }

    static Row row(AgreementView a, List<Source> sources, Messages msg) {
        String precisionKey = a.signed() == null ? null : DateText.precisionKey(implied(a.signed()));
        return new Row(a.id(), a.title(), a.parties().stream().map(p -> party(p, msg.lang())).toList(),
                DateText.of(a.signed(), null), precisionKey == null ? "" : msg.get(precisionKey),
                a.fields() == null ? List.of() : a.fields(), a.count(), a.status(),
                msg.get("agreementStatus_" + a.status()), progress(a, sources, msg),
                sources.stream().map(s -> new Report(Quote.of(s.sentence(), s.originalSentence()), s.source(),
                        s.published(), s.title(), ProjectPage.webAddress(s.url()),
                        s.articleId() == null ? null : Links.article(s.articleId(), msg.lang()))).toList());
    }

    private static String implied(String iso) {
        try {
            return PartialDate.parse(iso).precision().label();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Party party(AgreementView.Party p, String lang) {
        if (!p.known()) {
            return new Party(p.name(), "", false);
        }
        boolean en = "en".equals(lang) && p.nameEn() != null && !p.nameEn().isBlank();
        String name = en ? p.nameEn() : p.name();
        String other = en ? p.name() : p.nameEn();
        return new Party(name, other == null || other.equals(name) ? "" : other, true);
    }

    /**
     * Every figure reported, oldest first, as "27 items, 5 done → 12 done": a step names the items again only when
     * their number changed. Undated figures come last, since nothing dates them against the others.
     */
    static String progress(AgreementView a, List<Source> sources, Messages msg) {
        List<Source> steps = sources.stream().filter(s -> s.items() != null || s.done() != null)
                .sorted(Comparator.comparing(Source::published, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<String> parts = new ArrayList<>();
        Integer items = null;
        Integer done = null;
        for (Source s : steps) {
            boolean newItems = s.items() != null && !s.items().equals(items);
            boolean newDone = s.done() != null && !s.done().equals(done);
            if (!newItems && !newDone) {
                continue;
            }
            parts.add(figures(newItems ? s.items() : null, newDone || newItems ? s.done() : null, msg));
            items = s.items() != null ? s.items() : items;
            done = s.done() != null ? s.done() : done;
        }
        if (parts.isEmpty() && (a.items() != null || a.done() != null)) {
            parts.add(figures(a.items(), a.done(), msg));
        }
        return String.join(" → ", parts);
    }

    private static String figures(Integer items, Integer done, Messages msg) {
        List<String> words = new ArrayList<>();
        if (items != null) {
            words.add(msg.format(new Messages.Text("progressItems", items)));
        }
        if (done != null) {
            words.add(msg.format(new Messages.Text("progressDone", done)));
        }
        return String.join(msg.get("progressSep"), words.stream().filter(Objects::nonNull).toList());
    }
}
