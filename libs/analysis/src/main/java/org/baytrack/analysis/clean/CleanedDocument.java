package org.baytrack.analysis.clean;

import java.util.List;

/**
 * The article text with site chrome removed, in the original script and in a Simplified view
 * of the same length, plus every source line (Simplified view) for metadata extraction.
 */
public record CleanedDocument(String source, String original, String simplified, OffsetMap offsets,
                              List<SourceLine> lines) {

    /** A trimmed source line and whether cleaning kept it. */
    public record SourceLine(String text, boolean kept) {
    }
}
