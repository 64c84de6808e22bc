package org.baytrack.tracker.web;

import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;

import java.util.List;

/**
 * The candidates page's content: each unregistered project-like name with its mentions and the milestones claimed
 * for it, and the form that registers it. Plain Java, so it is tested without a server.
 */
public final class CandidatesPage {

    public record Claim(String kindLabel, String date, String precision, Quote quote, String articleHref) {
    }

    /** {@code nameHant} is the name turned Traditional, a suggestion the form starts with. */
    public record Row(String name, String nameHant, long articles, List<Quote> examples, List<Claim> claims) {
    }

    /** {@code registered}: the id just registered, with the articles read again; {@code error}: what the catalog said. */
    public record Model(String lang, String boardHref, String otherLangHref, List<Row> rows, String registered,
                        String registeredText, String registeredHref, String error) {
    }

    private CandidatesPage() {
    }

    public static Model build(List<CatalogClient.Candidate> candidates, String registered, int reresolved, String error,
                              Messages msg) {
        List<Row> rows = candidates.stream().map(c -> row(c, msg)).toList();
        String other = "en".equals(msg.lang()) ? "zh" : "en";
        String text = registered == null ? null
                : msg.get("cand_registered").replace("{id}", registered).replace("{n}", Integer.toString(reresolved));
        return new Model(msg.lang(), Links.board(msg.lang()), Links.candidates(other), rows, registered, text,
                registered == null ? null : Links.project(registered, msg.lang()), error);
    }

    static Row row(CatalogClient.Candidate c, Messages msg) {
        String hant = c.nameHant() == null ? c.name() : c.nameHant();
        List<Quote> examples = c.examples() == null ? List.of()
                : c.examples().stream().map(e -> Quote.of(e, null)).toList();
        List<Claim> claims = c.claims() == null ? List.of() : c.claims().stream().map(k -> claim(k, msg)).toList();
        return new Row(c.name(), hant.equals(c.name()) ? "" : hant, c.articles(), examples, claims);
    }

    static Claim claim(CatalogClient.Claim k, Messages msg) {
        String precision = "";
        if (k.date() != null) {
            try {
                String key = DateText.precisionKey(PartialDate.parse(k.date(), Precision.fromLabel(k.precision())).precision().label());
                precision = key == null ? "" : msg.get(key);
            } catch (IllegalArgumentException e) {
                precision = "";
            }
        }
        return new Claim(msg.get("kind_" + k.kind()), k.date() == null ? "" : DateText.of(k.date(), k.precision()),
                precision, Quote.of(k.evidence(), null),
                k.article() == null ? null : Links.article(k.article(), msg.lang()));
    }
}
