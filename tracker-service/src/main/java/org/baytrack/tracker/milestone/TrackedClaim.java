package org.baytrack.tracker.milestone;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;

import java.time.LocalDate;

/**
 * One article's claim about one project: a milestone kind, its date if the sentence gives one, and the sentence (in
 * Simplified; {@code originalSentence} is the article's own wording when that differs, else null).
 */
public record TrackedClaim(MilestoneKind kind, PartialDate date, String sentence, String originalSentence) {

    public TrackedClaim(MilestoneKind kind, PartialDate date, String sentence) {
        this(kind, date, sentence, null);
    }

    public MilestoneKey key() {
        return new MilestoneKey(kind, date == null ? "" : date.iso());
    }

    /** When it happened: its own date, else the day the article was published; null when neither is known. */
    public PartialDate effectiveDate(LocalDate published) {
        return date != null ? date : published == null ? null : PartialDate.of(published);
    }
}
