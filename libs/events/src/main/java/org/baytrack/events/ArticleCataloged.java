package org.baytrack.events;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;

import java.time.LocalDate;
import java.util.List;

/**
 * A document became (or was re-resolved into) an article. It carries everything the tracker needs, the sentences
 * that mention entities and the claims read from them, so the tracker never calls the catalog.
 * {@code revision} grows each time the catalog re-analyses the same article, e.g. after a new entity is registered.
 */
public record ArticleCataloged(
        String articleId,
        String documentId,
        String canonicalArticleId,
        int revision,
        String title,
        LocalDate published,
        String source,
        String url,
        String language,
        String script,
        boolean backfill,
        List<Sentence> sentences,
        List<MilestoneClaim> milestones,
        List<AgreementClaim> agreements) implements EventPayload {

    @Override
    public String key() {
        return articleId;
    }

    public record Sentence(int index, String text, List<Mention> mentions) {
    }

    public record Mention(String entity, String type, String text, int start, int end) {
    }

    /**
     * {@code date} is ISO YYYY-MM-DD, YYYY-MM or YYYY, {@code precision} says which. {@code evidence} is the sentence
     * in Simplified, as the analysis read it; {@code originalEvidence} is the same sentence in the article's own
     * script when that differs (a Traditional article), else null. Events written before it existed read it as null.
     */
    public record MilestoneClaim(String project, MilestoneKind kind, String date, String precision, String evidence,
                                 int sentence, String originalEvidence) {

        public MilestoneClaim(String project, MilestoneKind kind, String date, String precision, String evidence,
                              int sentence) {
            this(project, kind, date, precision, evidence, sentence, null);
        }

        /** The claim's date with its precision; null when the sentence gives none. */
        public PartialDate when() {
            return PartialDate.parse(date, Precision.fromLabel(precision));
        }
    }

    /**
     * {@code parties} holds entity ids where the gazetteer knows a party, else its name; {@code partyNames} holds
     * every party as the text words it. Events written before {@code partyNames} existed read as an empty list.
     * {@code originalEvidence} is the sentence in the article's own script when that differs from the Simplified
     * {@code evidence}, else null (as in events written before it existed).
     */
    public record AgreementClaim(String title, List<String> parties, String signed, List<String> fields,
                                 Integer count, Integer items, Integer done, String evidence, List<String> partyNames,
                                 String originalEvidence) {
        public AgreementClaim {
            partyNames = partyNames == null ? List.of() : List.copyOf(partyNames);
        }

        public AgreementClaim(String title, List<String> parties, String signed, List<String> fields,
                              Integer count, Integer items, Integer done, String evidence, List<String> partyNames) {
            this(title, parties, signed, fields, count, items, done, evidence, partyNames, null);
        }
    }
}
