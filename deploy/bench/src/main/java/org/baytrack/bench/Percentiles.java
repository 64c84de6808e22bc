package org.baytrack.bench;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of a set of samples: the p-th percentile is the smallest sample such that at least p % of
 * the samples are at or below it (so p100 is the maximum, and a percentile is always a measured value).
 */
public final class Percentiles {
    private final long[] sorted;

    public Percentiles(long[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(this.sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** @param p in (0, 100]; NaN-free: throws when there are no samples. */
    public long percentile(double p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    public long max() {
        return percentile(100);
    }

    public long min() {
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        return sorted[0];
    }

    public double mean() {
        return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(Double.NaN);
    }

    /** Nanoseconds to milliseconds with 0.1 ms resolution, for reports. */
    public static double millis(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
