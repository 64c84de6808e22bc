package org.baytrack.ingest.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.baytrack.commons.outbox.Outbox;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.events.DocumentIngested;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventIds;
import org.baytrack.events.EventType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    EntityManager em;
    @Inject
    Outbox outbox;
    @ConfigProperty(name = "baytrack.ingest.max-document-bytes", defaultValue = "10485760")
    int maxDocumentBytes;
    @ConfigProperty(name = "baytrack.ingest.max-event-bytes", defaultValue = "16777216")
    long maxEventBytes;

    @Transactional
    public IntakeResult submit(Submission submission) {
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
        int inserted = em.createNativeQuery("insert into document (id, content_hash, media_type, charset, url, source, "
                        + "title, published, backfill, size_bytes, raw, received_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) on conflict (content_hash) do nothing")
                .setParameter(1, id)
                .setParameter(2, hash)
                .setParameter(3, decoded.mediaType())
                .setParameter(4, decoded.charset())
                .setParameter(5, submission.url())
                .setParameter(6, submission.source())
                .setParameter(7, submission.title())
                .setParameter(8, submission.published())
                .setParameter(9, submission.backfill())
                .setParameter(10, submission.raw().length)
                .setParameter(11, submission.raw())
                .setParameter(12, now)
                .executeUpdate();
        if (inserted == 0) {
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
