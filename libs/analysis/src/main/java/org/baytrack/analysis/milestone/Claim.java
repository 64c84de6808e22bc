package org.baytrack.analysis.milestone;

/** A milestone and the cue word that made it. */
record Claim(Milestone milestone, String cue) {
}
