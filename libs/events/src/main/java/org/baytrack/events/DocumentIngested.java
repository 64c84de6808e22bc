package org.baytrack.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document was stored by the ingest service. {@code body} is the decoded text (HTML stays HTML), so consumers
 * never need the raw bytes; {@code published} is the caller's date, null when the caller gave none.
 */
public record DocumentIngested(
        String documentId,
        String contentHash,
        String mediaType,
        String charset,
        String url,
        String source,
        String title,
        LocalDate published,
        boolean backfill,
        long sizeBytes,
        Instant receivedAt,
        String body) implements EventPayload {

    @Override
    public String key() {
        return documentId;
    }
}
