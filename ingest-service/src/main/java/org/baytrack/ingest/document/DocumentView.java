package org.baytrack.ingest.document;

import java.time.Instant;
import java.time.LocalDate;

/** A stored document as the API shows it; {@code article} is the canonical article it became, once cataloged. */
public record DocumentView(String id, String contentHash, String mediaType, String charset, String url, String source,
                           String title, LocalDate published, boolean backfill, int sizeBytes, Instant receivedAt,
                           String status, String article) {
    static DocumentView of(Document d) {
        return new DocumentView(d.id, d.contentHash, d.mediaType, d.charset, d.url, d.source, d.title, d.published,
                d.backfill, d.sizeBytes, d.receivedAt, d.articleId == null ? "stored" : "cataloged", d.articleId);
    }
}
