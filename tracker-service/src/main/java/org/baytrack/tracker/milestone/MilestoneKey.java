package org.baytrack.tracker.milestone;

/** What makes two claims the same milestone of a project: the kind and the date as written ('' when undated). */
public record MilestoneKey(String kind, String dateKey) {
}
