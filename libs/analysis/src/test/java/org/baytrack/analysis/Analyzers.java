package org.baytrack.analysis;

/** One analyser for all tests: building the script tables takes a moment and it is thread-safe. */
public final class Analyzers {
    public static final DocumentAnalyzer DEFAULT = DocumentAnalyzer.withDefaultGazetteer();

    private Analyzers() {
    }
}
