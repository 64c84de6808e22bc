package org.baytrack.ingest.document;

/** The answer to a submission: the document's id and whether it was new ("accepted") or already stored ("duplicate"). */
public record IntakeResult(String id, String status) {
    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";
}
