package org.baytrack.ingest.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.baytrack.commons.outbox.Outbox;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.events.DocumentIngested;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventIds;
import org.baytrack.events.EventType;
import org.baytrack.ingest.IngestConfig;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Stores a document once per content hash and, in the same transaction, queues its document.ingested event:
 * a document is either stored and announced, or neither.
 */
@ApplicationScoped
public class DocumentIntake {
    static final URI SOURCE = URI.create("/baytrack/ingest-service");

    @Inject
    DocumentStore documents;
    @Inject
    Outbox outbox;
    @Inject
    IngestConfig config;

    @Transactional
    public IntakeResult submit(Submission submission) {
        int maxDocumentBytes = config.maxDocumentBytes();
        long maxEventBytes = config.maxEventBytes();
        if (submission.raw().length > maxDocumentBytes) {
            throw new ProblemException(413, "Document too large", "The document has " + submission.raw().length
                    + " bytes; the limit is " + maxDocumentBytes + " bytes (baytrack.ingest.max-document-bytes).");
        }
        DecodedDocument decoded = UploadDecoder.decode(submission.raw(), submission.mediaType(), submission.charset(),
                submission.decoding());
        if (decoded.text().isBlank()) {
            throw ProblemException.badRequest("The document holds only white space. Send the document's text or HTML.");
        }
        String hash = sha256(submission.raw());
        String id = idFor(hash);
        Instant now = Instant.now();
        var event = EventCodec.encode(EventIds.of(EventType.DOCUMENT_INGESTED, hash), SOURCE, new DocumentIngested(id,
                hash, decoded.mediaType(), decoded.charset(), submission.url(), submission.source(), submission.title(),
                submission.published(), submission.backfill(), submission.raw().length, now, decoded.text()));
        long recordBytes = RecordSize.of(event);
        if (recordBytes > maxEventBytes) {
            throw new ProblemException(413, "Document too large", "The document's document.ingested event would be "
                    + recordBytes + " bytes, over the broker's record limit of " + maxEventBytes + " bytes "
                    + "(baytrack.ingest.max-event-bytes). Its text grows when escaped as JSON (quotes, backslashes and "
                    + "control characters take two to six bytes each); send a smaller or cleaner document.");
        }
        if (!documents.insertNew(Document.of(id, hash, decoded, submission, now))) {
            return new IntakeResult(id, IntakeResult.DUPLICATE);
        }
        outbox.add(event);
        return new IntakeResult(id, IntakeResult.ACCEPTED);
    }

    /** Ids are short, URL-safe and derived from the bytes alone, so the same bytes always get the same id. */
    public static String idFor(String contentHash) {
        return "doc-" + contentHash.substring(0, 20);
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
