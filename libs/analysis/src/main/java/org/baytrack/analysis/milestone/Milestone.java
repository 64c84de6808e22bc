package org.baytrack.analysis.milestone;

/**
 * A project's progress claim: kind code, date as ISO partial (YYYY, YYYY-MM, YYYY-MM-DD) or
 * null, its precision label, and the sentence that says so.
 */
public record Milestone(String project, String kind, String date, String precision, String evidence, int sentence) {
}
