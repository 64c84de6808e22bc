package org.baytrack.ingest.document;

/** The application/json form of a document: exactly one of text or html, plus optional metadata. */
public record JsonDocument(String text, String html, String url, String source, String published, String title,
                           Boolean backfill) {
}
