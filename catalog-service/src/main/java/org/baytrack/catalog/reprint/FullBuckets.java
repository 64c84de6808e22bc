package org.baytrack.catalog.reprint;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.HashSet;
import java.util.Set;

/**
 * Band buckets this replica has seen full. Articles are never deleted, so a full bucket stays full and the lookup
 * need not read its members again to find that out: on template-heavy text most of a lookup's rows would be full
 * buckets being counted. Forgetting one (the set is bounded) only means reading it once more.
 */
final class FullBuckets {
    private final Cache<Long, Boolean> known;

    FullBuckets(long capacity) {
        known = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** The bands whose bucket for these band hashes is known to be full. */
    Set<Integer> among(int[] bandHashes) {
        Set<Integer> full = new HashSet<>();
        for (int band = 0; band < bandHashes.length; band++) {
            if (known.getIfPresent(key(band, bandHashes[band])) != null) {
                full.add(band);
            }
        }
        return full;
    }

    void add(int band, int hash) {
        known.put(key(band, hash), Boolean.TRUE);
    }

    private static long key(int band, int hash) {
        return (long) band << 32 | (hash & 0xffffffffL);
    }
}
