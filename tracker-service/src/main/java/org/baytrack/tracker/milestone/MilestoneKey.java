package org.baytrack.tracker.milestone;

import org.baytrack.events.vocabulary.MilestoneKind;

/** What makes two claims the same milestone of a project: the kind and the date as written ('' when undated). */
public record MilestoneKey(MilestoneKind kind, String dateKey) {
}
