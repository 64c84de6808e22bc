package org.baytrack.ingest.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL of table {@code document}: each distinct content once, with its raw bytes. */
@ApplicationScoped
public class DocumentStore {
    @Inject
    EntityManager em;

    /**
     * Stores the document in the caller's transaction unless its content is stored already.
     *
     * @return false for content already stored (under the same id, which comes from the content hash)
     */
    public boolean insertNew(Document d) {
        return em.createNativeQuery("insert into document (id, content_hash, media_type, charset, url, source, title, "
                        + "published, backfill, size_bytes, raw, received_at) values (:id, :hash, :mediaType, :charset, :url, "
                        + ":source, :title, :published, :backfill, :size, :raw, :received) "
                        + "on conflict (content_hash) do nothing")
                .setParameter("id", d.id)
                .setParameter("hash", d.contentHash)
                .setParameter("mediaType", d.mediaType)
                .setParameter("charset", d.charset)
                .setParameter("url", d.url)
                .setParameter("source", d.source)
                .setParameter("title", d.title)
                .setParameter("published", d.published)
                .setParameter("backfill", d.backfill)
                .setParameter("size", d.sizeBytes)
                .setParameter("raw", d.raw)
                .setParameter("received", d.receivedAt)
                .executeUpdate() == 1;
    }

    public Optional<Document> find(String id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    /** Documents received after {@code since}, oldest first. */
    public List<Document> receivedAfter(Instant since, int limit) {
        return em.createQuery("from document where receivedAt > :since order by receivedAt, id", Document.class)
                .setParameter("since", since).setMaxResults(limit).getResultList();
    }
}
