package org.baytrack.ingest.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored document as the API shows it. {@code status} is {@code stored}: the bytes are kept and document.ingested is
 * announced; which article the document became is the catalog's answer ({@code GET /articles?document=<id>}).
 */
public record DocumentView(String id, String contentHash, String mediaType, String charset, String url, String source,
                           String title, LocalDate published, boolean backfill, int sizeBytes, Instant receivedAt,
                           String status) {
    static final String STORED = "stored";

    static DocumentView of(Document d) {
        return new DocumentView(d.id, d.contentHash, d.mediaType, d.charset, d.url, d.source, d.title, d.published,
                d.backfill, d.sizeBytes, d.receivedAt, STORED);
    }
}
