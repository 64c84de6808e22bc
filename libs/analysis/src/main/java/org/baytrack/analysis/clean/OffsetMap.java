package org.baytrack.analysis.clean;

/** Maps each offset of the cleaned text back to an offset in the document's source text. */
public final class OffsetMap {
    private final int[] origin;

    /** origin holds one entry per cleaned char plus one for the end position. */
    public OffsetMap(int[] origin) {
        this.origin = origin;
    }

    public int toOriginal(int cleanedOffset) {
        if (cleanedOffset < 0 || cleanedOffset >= origin.length) {
            throw new IndexOutOfBoundsException("cleaned offset " + cleanedOffset + " outside 0.." + (origin.length - 1));
        }
        return origin[cleanedOffset];
    }

    public int cleanedLength() {
        return origin.length - 1;
    }
}
