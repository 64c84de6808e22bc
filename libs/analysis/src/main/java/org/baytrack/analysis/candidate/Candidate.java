package org.baytrack.analysis.candidate;

/** A project-like name the gazetteer does not know yet (…高铁, …大桥), with its sentence. */
public record Candidate(String name, int start, int end, int sentence, String evidence) {
}
