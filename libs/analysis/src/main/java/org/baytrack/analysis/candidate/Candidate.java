package org.baytrack.analysis.candidate;

/** A project-like name the gazetteer does not know yet (…高铁, …大桥), with its sentence. */
public record Candidate(String name, int start, int end, int sentence, String evidence) {
    /** The mention type of a candidate standing beside the known projects as a possible subject of a claim. */
    public static final String MENTION_TYPE = "candidate";
}
