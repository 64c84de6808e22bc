package org.baytrack.catalog.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One cataloged document. Reprints of one story share a canonical id: the id of the first of them. */
@Entity
@Table(name = "article")
public class ArticleRecord extends PanacheEntityBase {
    @Id
    public String id;
    public String documentId;
    public String canonicalId;
    public int revision;
    public String title;
    public LocalDate published;
    public String source;
    public String url;
    public String language;
    public String script;
    public boolean backfill;
    public String originalText;
    public String text;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredSentence> sentences;
    public String[] bigrams;
    public int[] minhash;
    public Instant catalogedAt;

    public boolean isCanonical() {
        return id.equals(canonicalId);
    }

    public record StoredSentence(int index, int start, int end, String text) {
    }
}
