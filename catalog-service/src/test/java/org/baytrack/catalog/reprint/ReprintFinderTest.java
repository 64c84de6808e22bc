package org.baytrack.catalog.reprint;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class ReprintFinderTest {
    @Inject
    EntityManager em;
    @Inject
    IndexedSignatures signatures;

    final Random random = new Random(System.nanoTime());
    final String run = "art-rf-" + System.nanoTime() + "-";

    @Test
    void aReprintIsFoundThroughItsOpenBucketsWhileFullOnesAreNotRead() {
        ReprintFinder finder = finderWithBucketLimit(3);
        int[] text = randomSignature();
        // three boilerplate stories fill the text's buckets of bands 0-7 (hashes 0-15)
        for (int i = 0; i < 3; i++) {
            file(finder, run + "boilerplate-" + i, sharing(text, 16));
        }
        // the original shares hashes 0-39 (similarity 0.625); it is turned away from the full buckets
        String original = run + "original";
        ReprintFinder.Lookup atFiling = file(finder, original, sharing(text, 40));
        assertThat(atFiling.fullBands()).containsExactlyInAnyOrderElementsOf(range(0, 8));
        file(finder, run + "related", sharing(text, 36)); // 0.5625: below the threshold

        ReprintFinder.Lookup lookup = QuarkusTransaction.requiringNew().call(() -> finder.lookup(text));

        assertThat(lookup.fullBands()).containsExactlyInAnyOrderElementsOf(range(0, 8));
        assertThat(lookup.canonicalId()).contains(original);
        long filedUnderFullBands = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from article_band where article_id = ?1 and band < 8").setParameter(1, original)
                .getSingleResult()).longValue());
        assertThat(filedUnderFullBands).isZero();
    }

    @Test
    void aBucketSeenFullIsNotReadAgain() {
        ReprintFinder finder = finderWithBucketLimit(2);
        int[] text = randomSignature();
        file(finder, run + "template-0", sharing(text, 8));
        file(finder, run + "template-1", sharing(text, 8));
        assertThat(QuarkusTransaction.requiringNew().call(() -> finder.lookup(text)).fullBands())
                .containsExactlyInAnyOrderElementsOf(range(0, 4));
        // the rows go (as no article ever does): only a finder that read them full still knows
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from article_band where article_id like ?1").setParameter(1, run + "template-%").executeUpdate());

        assertThat(QuarkusTransaction.requiringNew().call(() -> finder.lookup(text)).fullBands())
                .containsExactlyInAnyOrderElementsOf(range(0, 4));
        assertThat(QuarkusTransaction.requiringNew().call(() -> finderWithBucketLimit(2).lookup(text)).fullBands())
                .isEmpty();
    }

    @Test
    void aTextSharingTooLittleHasNoCanonical() {
        ReprintFinder finder = finderWithBucketLimit(3);
        int[] text = randomSignature();
        file(finder, run + "distant", sharing(text, 30));

        ReprintFinder.Lookup lookup = QuarkusTransaction.requiringNew().call(() -> finder.lookup(text));

        assertThat(lookup.canonicalId()).isEmpty();
        assertThat(lookup.fullBands()).isEmpty();
    }

    private ReprintFinder finderWithBucketLimit(int limit) {
        ReprintFinder finder = new ReprintFinder();
        finder.em = em;
        finder.signatures = signatures;
        finder.threshold = 0.6;
        finder.bucketLimit = limit;
        return finder;
    }

    /** Stores a bare canonical article and files it as the cataloguer does: look up first, then index. */
    private ReprintFinder.Lookup file(ReprintFinder finder, String id, int[] signature) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into article (id, document_id, canonical_id, language, original_text, text, "
                            + "sentences, bigrams, minhash) values (?1, ?1, ?1, 'zh', '', '', cast('[]' as jsonb), "
                            + "cast('{}' as text[]), cast(?2 as integer[]))")
                    .setParameter(1, id)
                    .setParameter(2, Arrays.stream(signature).mapToObj(String::valueOf)
                            .collect(Collectors.joining(",", "{", "}")))
                    .executeUpdate();
            ReprintFinder.Lookup lookup = finder.lookup(signature);
            finder.index(id, Instant.now(), signature, lookup.fullBands());
            return lookup;
        });
    }

    private int[] randomSignature() {
        return IntStream.range(0, MinHash.HASHES).map(i -> random.nextInt()).toArray();
    }

    /** A signature equal to {@code text} in its first {@code same} hashes and random after. */
    private int[] sharing(int[] text, int same) {
        int[] out = randomSignature();
        System.arraycopy(text, 0, out, 0, same);
        return out;
    }

    private static java.util.List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
