package org.baytrack.analysis.gazetteer;

/** An entity named in the analysed text; start/end are offsets into the Simplified text. */
public record Mention(String entity, String type, String text, int start, int end, int sentence) {
    public Mention withSentence(int index) {
        return new Mention(entity, type, text, start, end, index);
    }
}
