package org.baytrack.catalog.reprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the canonical article a new text is a reprint of, through the MinHash band index. */
@ApplicationScoped
public class ReprintFinder {
    @Inject
    EntityManager em;
    @Inject
    IndexedSignatures signatures;
    @ConfigProperty(name = "baytrack.catalog.reprint-similarity", defaultValue = "0.6")
    double threshold;
    @ConfigProperty(name = "baytrack.catalog.reprint-bucket-limit", defaultValue = "50")
    int bucketLimit;

    @SuppressWarnings("unchecked")
    public Optional<String> canonicalFor(int[] signature) {
        if (signature == null) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("select b.band, b.article_id from article_band b join (values "
                + bandValues(MinHash.bands(signature)) + ") q(band, hash) on b.band = q.band and b.hash = q.hash")
                .getResultList();
        List<SharedBands.Hit> hits = rows.stream()
                .map(r -> new SharedBands.Hit(((Number) r[0]).intValue(), (String) r[1])).toList();
        Set<String> shortlist = SharedBands.shortlist(hits, bucketLimit, MinHash.minSharedBands(threshold));
        if (shortlist.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        double bestSimilarity = threshold;
        for (IndexedSignatures.Indexed candidate : signatures.of(shortlist)) {
            double similarity = MinHash.similarity(signature, candidate.signature());
            if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                best = candidate.canonicalId();
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Files a canonical article under its bands. Reprints are not filed: a new reprint of the story finds the
     * canonical text, and a story syndicated a thousand times then fills its buckets once, not a thousand times.
     * A bucket that already holds {@code bucketLimit} articles takes no more (boilerplate; see SharedBands).
     */
    public void index(String articleId, Instant catalogedAt, int[] signature) {
        if (signature == null) {
            return;
        }
        signatures.remember(articleId, catalogedAt, signature);
        // One statement for all bands: a round trip per band was most of the cataloguing time under load.
        // The band numbers and hashes are ints, written as literals; the article id stays a parameter.
        em.createNativeQuery("insert into article_band (band, hash, article_id) select q.band, q.hash, ?1 from (values "
                        + bandValues(MinHash.bands(signature)) + ") q(band, hash) where (select count(*) from "
                        + "(select 1 from article_band b where b.band = q.band and b.hash = q.hash limit ?2) n) < ?2 "
                        + "on conflict do nothing")
                .setParameter(1, articleId).setParameter(2, bucketLimit).executeUpdate();
    }

    private static String bandValues(int[] bands) {
        StringBuilder values = new StringBuilder();
        for (int b = 0; b < bands.length; b++) {
            values.append(b == 0 ? "" : ", ").append("(").append(b).append("::smallint, ").append(bands[b]).append(')');
        }
        return values.toString();
    }
}
