package org.baytrack.tracker.milestone;

import java.time.LocalDate;

/** A milestone already on a project's timeline; {@code sortDate} is the start of its period. */
public record KnownMilestone(MilestoneKey key, LocalDate sortDate) {
}
