package org.baytrack.catalog.reprint;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.catalog.CatalogConfig;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/** Finds the canonical article a new text is a reprint of, through the MinHash band index. */
@ApplicationScoped
public class ReprintFinder {
    @Inject
    EntityManager em;
    @Inject
    IndexedSignatures signatures;
    @Inject
    CatalogConfig config;
    double threshold;
    int bucketLimit;

    /** About 80 bytes a bucket: 8 MB at most. */
    FullBuckets fullBuckets = new FullBuckets(100_000);

    @PostConstruct
    void init() {
        threshold = config.reprintSimilarity();
        bucketLimit = config.reprintBucketLimit();
    }

    /**
     * What the band index said about a new text.
     *
     * @param canonicalId the article it is a reprint of, if any
     * @param fullBands   the bands whose bucket for this text's hash is full, so filing it there would be wasted
     */
    public record Lookup(Optional<String> canonicalId, Set<Integer> fullBands) {
        static final Lookup NOTHING = new Lookup(Optional.empty(), Set.of());
    }

    @SuppressWarnings("unchecked")
    public Lookup lookup(int[] signature) {
        if (signature == null) {
            return Lookup.NOTHING;
        }
        int[] bandHashes = MinHash.bands(signature);
        Set<Integer> fullBands = fullBuckets.among(bandHashes);
        BandArrays bands = BandArrays.of(bandHashes, fullBands);
        List<String> openMembers = new ArrayList<>();
        if (!bands.isEmpty()) {
            // A full bucket comes back as one row with no article: its members are boilerplate company, and
            // reading them back made up most of the cataloguing time on template-like text.
            List<Object[]> rows = em.createNativeQuery("with hits as (select q.band, b.article_id from "
                            + "unnest(cast(?1 as smallint[]), cast(?2 as integer[])) q(band, hash) cross join lateral "
                            + "(select article_id from article_band b where b.band = q.band and b.hash = q.hash "
                            + "limit ?3) b), "
                            + "sizes as (select band, count(*) n from hits group by band) "
                            + "select h.band, h.article_id from hits h join sizes s on s.band = h.band where s.n < ?3 "
                            + "union all select band, null from sizes where n >= ?3")
                    .setParameter(1, bands.bands())
                    .setParameter(2, bands.hashes())
                    .setParameter(3, bucketLimit)
                    .getResultList();
            for (Object[] row : rows) {
                int band = ((Number) row[0]).intValue();
                if (row[1] == null) {
                    fullBands.add(band);
                    fullBuckets.add(band, bandHashes[band]);
                } else {
                    openMembers.add((String) row[1]);
                }
            }
        }
        Set<String> shortlist = SharedBands.shortlist(openMembers, fullBands.size(), MinHash.minSharedBands(threshold));
        IndexedSignatures.Indexed best = null;
        double bestSimilarity = threshold;
        for (IndexedSignatures.Indexed candidate : signatures.of(shortlist).values()) {
            double similarity = MinHash.similarity(signature, candidate.signature());
            if (similarity >= threshold && (best == null || similarity > bestSimilarity
                    || similarity == bestSimilarity && IndexedSignatures.EARLIEST_FIRST.compare(candidate, best) < 0)) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return new Lookup(Optional.ofNullable(best).map(IndexedSignatures.Indexed::canonicalId), fullBands);
    }

    /**
     * Files a canonical article under its bands. Reprints are not filed: a new reprint of the story finds the
     * canonical text, and a story syndicated a thousand times then fills its buckets once, not a thousand times.
     * A bucket that already holds {@code bucketLimit} articles takes no more (boilerplate; see SharedBands); the
     * lookup just made tells which, so concurrent cataloguers may overfill a bucket by a few, which costs nothing.
     */
    public void index(String articleId, Instant catalogedAt, int[] signature, Set<Integer> fullBands) {
        if (signature == null) {
            return;
        }
        signatures.remember(articleId, catalogedAt, signature);
        BandArrays bands = BandArrays.of(MinHash.bands(signature), fullBands);
        if (bands.isEmpty()) {
            return;
        }
        // One statement for all bands (a round trip per band would be most of the cataloguing time under load), and
        // one statement text for every article, so the server plans it once.
        em.createNativeQuery("insert into article_band (band, hash, article_id) select q.band, q.hash, ?1 "
                        + "from unnest(cast(?2 as smallint[]), cast(?3 as integer[])) q(band, hash) "
                        + "on conflict do nothing")
                .setParameter(1, articleId)
                .setParameter(2, bands.bands())
                .setParameter(3, bands.hashes())
                .executeUpdate();
    }

    /** A text's band numbers and hashes as PostgreSQL array literals, leaving out the bands in {@code skip}. */
    record BandArrays(String bands, String hashes) {
        static BandArrays of(int[] hashes, Set<Integer> skip) {
            StringJoiner bandList = new StringJoiner(",", "{", "}");
            StringJoiner hashList = new StringJoiner(",", "{", "}");
            for (int b = 0; b < hashes.length; b++) {
                if (!skip.contains(b)) {
                    bandList.add(Integer.toString(b));
                    hashList.add(Integer.toString(hashes[b]));
                }
            }
            return new BandArrays(bandList.toString(), hashList.toString());
        }

        boolean isEmpty() {
            return bands.equals("{}");
        }
    }
}
