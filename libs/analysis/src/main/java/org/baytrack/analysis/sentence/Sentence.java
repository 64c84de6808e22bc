package org.baytrack.analysis.sentence;

/** A sentence of the analysed (Simplified) text; start/end are offsets into it. */
public record Sentence(int index, int start, int end, String text) {
}
