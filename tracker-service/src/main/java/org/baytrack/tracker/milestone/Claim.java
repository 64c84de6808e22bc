package org.baytrack.tracker.milestone;

import java.time.LocalDate;

/** One article's claim about one project: a milestone kind, its date if the sentence gives one, and the sentence. */
public record Claim(String kind, EventDate date, String sentence) {

    public MilestoneKey key() {
        return new MilestoneKey(kind, date == null ? "" : date.iso());
    }

    /** When it happened: its own date, else the day the article was published; null when neither is known. */
    public EventDate effectiveDate(LocalDate published) {
        return date != null ? date : published == null ? null : EventDate.day(published);
    }
}
