package org.baytrack.catalog.reprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/** Finds the canonical article a new text is a reprint of, through the MinHash band index. */
@ApplicationScoped
public class ReprintFinder {
    @Inject
    EntityManager em;
    @ConfigProperty(name = "baytrack.catalog.reprint-similarity", defaultValue = "0.6")
    double threshold;

    @SuppressWarnings("unchecked")
    public Optional<String> canonicalFor(int[] signature) {
        if (signature == null) {
            return Optional.empty();
        }
        int[] bands = MinHash.bands(signature);
        StringBuilder where = new StringBuilder();
        for (int b = 0; b < bands.length; b++) {
            where.append(b == 0 ? "" : " or ").append("(band = ").append(b).append(" and hash = ").append(bands[b]).append(')');
        }
        List<Object[]> candidates = em.createNativeQuery("select a.canonical_id, a.minhash from article a where a.id in "
                + "(select article_id from article_band where " + where + ") order by a.cataloged_at, a.id").getResultList();
        String best = null;
        double bestSimilarity = threshold;
        for (Object[] row : candidates) {
            int[] other = toInts(row[1]);
            double similarity = MinHash.similarity(signature, other);
            if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                best = (String) row[0];
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    public void index(String articleId, int[] signature) {
        if (signature == null) {
            return;
        }
        int[] bands = MinHash.bands(signature);
        if (bands.length == 0) {
            return;
        }
        // One statement for all bands: a round trip per band was most of the cataloguing time under load.
        // The band numbers and hashes are ints, written as literals; the article id stays a parameter.
        StringBuilder sql = new StringBuilder("insert into article_band (band, hash, article_id) values ");
        for (int b = 0; b < bands.length; b++) {
            sql.append(b == 0 ? "" : ", ").append('(').append(b).append(", ").append(bands[b]).append(", ?1)");
        }
        sql.append(" on conflict do nothing");
        em.createNativeQuery(sql.toString()).setParameter(1, articleId).executeUpdate();
    }

    private static int[] toInts(Object value) {
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
        if (value instanceof java.sql.Array array) {
            try {
                return toInts(array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Unexpected minhash column type " + value.getClass());
    }
}
