package org.baytrack.ingest.document;

/** A document's text as decoded from its bytes, with the media type and charset it was read as. */
public record DecodedDocument(String mediaType, String charset, String text) {
}
