package org.baytrack.bench;

import java.util.Arrays;

/** A thread-safe, growable list of latency samples in nanoseconds. */
public final class LatencyRecorder {
    private long[] samples = new long[1024];
    private int size;

    public synchronized void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public synchronized int count() {
        return size;
    }

    public synchronized Percentiles percentiles() {
        return new Percentiles(Arrays.copyOf(samples, size));
    }
}
