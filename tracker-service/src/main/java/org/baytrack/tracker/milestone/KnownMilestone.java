package org.baytrack.tracker.milestone;

import java.time.LocalDate;

/** A milestone already on a project's timeline; {@code sortDate} is the start of its period, null when unknown. */
public record KnownMilestone(MilestoneKey key, LocalDate sortDate) {
}
