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
}
