package org.baytrack.analysis.milestone;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;

/**
 * A project's progress claim: its kind, its date with the precision the text gives (null when it gives none), and
 * the sentence that says so.
 */
public record Milestone(String project, MilestoneKind kind, PartialDate when, String evidence, int sentence) {

    /** The date as the JSON contract writes it (YYYY, YYYY-MM, YYYY-MM-DD); null when the text gives none. */
    public String date() {
        return when == null ? null : when.iso();
    }

    /** The precision's label (year, half, quarter, month, day); null with no date. */
    public String precision() {
        return when == null ? null : when.precision().label();
    }
}
