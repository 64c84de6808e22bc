package org.baytrack.catalog.reprint;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.catalog.CatalogConfig;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The MinHash signatures of the articles in the band index, kept in memory. A shortlist of boilerplate-heavy text
 * runs to hundreds of articles; reading their signatures back from the database for every new document would be
 * most of the cataloguing time. Signatures never change, so a cache can never be stale, only incomplete: a miss (an
 * article indexed by another replica, or evicted) is read from the database.
 */
@ApplicationScoped
public class IndexedSignatures {
    /**
     * An indexed article; {@code catalogedAt} decides between equally similar candidates (the earliest wins).
     * Only canonical articles are indexed, but a database indexed by an older catalog also holds reprints.
     */
    public record Indexed(String articleId, String canonicalId, Instant catalogedAt, int[] signature) {
    }

    static final Comparator<Indexed> EARLIEST_FIRST =
            Comparator.comparing(Indexed::catalogedAt).thenComparing(Indexed::articleId);

    @Inject
    EntityManager em;
    @Inject
    CatalogConfig config;

    private Cache<String, Indexed> cache;

    @PostConstruct
    void init() {
        init(config.reprintSignatureCache());
    }

    void init(long capacity) {
        cache = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** A canonical article just indexed. */
    public void remember(String articleId, Instant catalogedAt, int[] signature) {
        cache.put(articleId, new Indexed(articleId, articleId, catalogedAt, signature));
    }

    /** The given articles by id; ids that are not (or no longer) articles are left out. */
    public Map<String, Indexed> of(Collection<String> articleIds) {
        return cache.getAll(articleIds, this::load);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Indexed> load(Set<? extends String> ids) {
        List<Object[]> rows = em.createNativeQuery("select id, canonical_id, cataloged_at, minhash from article where id in (?1)")
                .setParameter(1, List.copyOf(ids)).getResultList();
        Map<String, Indexed> loaded = new HashMap<>();
        for (Object[] row : rows) {
            String id = (String) row[0];
            loaded.put(id, new Indexed(id, (String) row[1], toInstant(row[2]), toInts(row[3])));
        }
        return loaded;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected cataloged_at column type " + value.getClass());
    }

    static int[] toInts(Object value) {
        if (value instanceof int[] ints) {
            return ints;
        }
        if (value instanceof Integer[] boxed) {
            int[] out = new int[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                out[i] = boxed[i];
            }
            return out;
        }
        if (value instanceof Array array) {
            try {
                return toInts(array.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Unexpected minhash column type " + value.getClass());
    }
}
