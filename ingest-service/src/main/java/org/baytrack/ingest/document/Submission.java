package org.baytrack.ingest.document;

import java.time.LocalDate;

/** One document as a caller submitted it: the raw bytes plus what the caller told us about them. */
public record Submission(byte[] raw, String mediaType, String charset, String url, String source, String title,
                         LocalDate published, boolean backfill) {
}
