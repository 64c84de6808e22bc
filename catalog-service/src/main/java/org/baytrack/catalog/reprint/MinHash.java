package org.baytrack.catalog.reprint;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of character 4-gram sets, and locality-sensitive bands over them: texts whose shingle sets
 * overlap by half share a band with near certainty, so candidates are found by index lookup, then confirmed by
 * the estimated Jaccard similarity.
 */
public final class MinHash {
    public static final int HASHES = 64;
    public static final int ROWS_PER_BAND = 2;
    public static final int BANDS = HASHES / ROWS_PER_BAND;
    static final int SHINGLE = 4;
    private static final long PRIME = (1L << 61) - 1;
    private static final long[] A = new long[HASHES];
    private static final long[] B = new long[HASHES];

    static {
        var random = new SplittableRandom(20211224L);
        for (int i = 0; i < HASHES; i++) {
            A[i] = 1 + random.nextLong(PRIME - 1);
            B[i] = random.nextLong(PRIME);
        }
    }

    private MinHash() {
    }

    /** Null when the text is too short to compare meaningfully. */
    public static int[] signature(String simplifiedText) {
        String text = ComparableText.of(simplifiedText);
        if (text.length() < 3 * SHINGLE) {
            return null;
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= text.length(); i++) {
            long shingle = text.substring(i, i + SHINGLE).hashCode() & 0xffffffffL;
            for (int h = 0; h < HASHES; h++) {
                long value = Math.floorMod(A[h] * shingle + B[h], PRIME);
                if (value < min[h]) {
                    min[h] = value;
                }
            }
        }
        int[] signature = new int[HASHES];
        for (int h = 0; h < HASHES; h++) {
            signature[h] = (int) (min[h] ^ (min[h] >>> 32));
        }
        return signature;
    }

    /** One hash per band, the index key for candidate lookup. */
    public static int[] bands(int[] signature) {
        int[] bands = new int[BANDS];
        for (int b = 0; b < BANDS; b++) {
            bands[b] = Arrays.hashCode(Arrays.copyOfRange(signature, b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND));
        }
        return bands;
    }

    /**
     * The fewest bands two signatures with at least {@code threshold} similarity must share: each band that differs
     * holds at most {@code ROWS_PER_BAND - 1} equal hashes, so a pair with e equal hashes shares at least
     * {@code e - (ROWS_PER_BAND - 1) * BANDS} whole bands. Never below one, since candidates come from the band index.
     */
    public static int minSharedBands(double threshold) {
        int equalHashes = (int) Math.ceil(threshold * HASHES - 1e-9);
        return Math.max(1, equalHashes - (ROWS_PER_BAND - 1) * BANDS);
    }

    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int h = 0; h < HASHES; h++) {
            if (a[h] == b[h]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }
}
