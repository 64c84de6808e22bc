package org.baytrack.analysis;

/** One analyser for all tests: building the script tables takes a moment and it is thread-safe. */
public final class Analyzers {
    public static final DocumentAnalyzer DEFAULT = DocumentAnalyzer.withDefaultGazetteer();

    private Analyzers() {
    }

    /** A milestone's kind as the JSON contract writes it, for assertions against the written form. */
    public static String kind(org.baytrack.analysis.milestone.Milestone m) {
        return m.kind().code();
    }
}
