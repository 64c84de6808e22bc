package org.baytrack.ingest.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;

@Entity(name = "document")
public class Document extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "media_type")
    public String mediaType;
    public String charset;
    public String url;
    public String source;
    public String title;
    public LocalDate published;
    public boolean backfill;
    @Column(name = "size_bytes")
    public int sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    public byte[] raw;
    @Column(name = "received_at")
    public Instant receivedAt;

    static Document of(String id, String contentHash, DecodedDocument decoded, Submission submission, Instant received) {
        var d = new Document();
        d.id = id;
        d.contentHash = contentHash;
        d.mediaType = decoded.mediaType();
        d.charset = decoded.charset();
        d.url = submission.url();
        d.source = submission.source();
        d.title = submission.title();
        d.published = submission.published();
        d.backfill = submission.backfill();
        d.sizeBytes = submission.raw().length;
        d.raw = submission.raw();
        d.receivedAt = received;
        return d;
    }
}
