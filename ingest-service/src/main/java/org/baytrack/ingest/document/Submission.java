package org.baytrack.ingest.document;

import java.time.LocalDate;

/** One document as a caller submitted it: the raw bytes plus what the caller told us about them. */
public record Submission(byte[] raw, String mediaType, String charset, String url, String source, String title,
                         LocalDate published, boolean backfill, Decoding decoding) {
    /** How the bytes become text. */
    public enum Decoding {
        /** The declared charset (Content-Type, BOM, HTML meta) or, without one, detection; refused unless clean. */
        DECLARED,
        /** The caller asked for detection from the bytes alone (charset=detect). */
        DETECT,
        /** The text came as a JSON string, already Unicode. */
        JSON
    }
}
