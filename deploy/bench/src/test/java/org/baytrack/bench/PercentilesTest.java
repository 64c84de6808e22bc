package org.baytrack.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {
    @Test
    void nearestRankOnOneToHundredIsTheValueItself() {
        Percentiles p = new Percentiles(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());
        assertThat(p.percentile(50)).isEqualTo(50);
        assertThat(p.percentile(95)).isEqualTo(95);
        assertThat(p.percentile(99)).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.min()).isEqualTo(1);
    }

    @Test
    void percentileIsAlwaysAMeasuredSampleRoundedUp() {
        Percentiles p = new Percentiles(new long[]{10, 20, 30, 40});
        assertThat(p.percentile(50)).isEqualTo(20);
        assertThat(p.percentile(51)).isEqualTo(30);
        assertThat(p.percentile(99)).isEqualTo(40);
        assertThat(p.percentile(0.1)).isEqualTo(10);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Percentiles p = new Percentiles(new long[]{7});
        assertThat(p.percentile(1)).isEqualTo(7);
        assertThat(p.percentile(99)).isEqualTo(7);
    }

    @Test
    void p99OfAThousandIgnoresOnlyTheTenWorst() {
        long[] samples = new long[1000];
        for (int i = 0; i < 1000; i++) {
            samples[i] = i < 990 ? 5 : 1000 + i;
        }
        Percentiles p = new Percentiles(samples);
        assertThat(p.percentile(99)).isEqualTo(5);
        assertThat(p.percentile(99.1)).isEqualTo(1990);
        assertThat(p.max()).isEqualTo(1999);
    }

    @Test
    void doesNotChangeTheCallersArray() {
        long[] samples = {3, 1, 2};
        new Percentiles(samples).percentile(50);
        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void refusesNoSamplesAndOutOfRangePercentiles() {
        assertThatThrownBy(() -> new Percentiles(new long[0]).percentile(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Percentiles(new long[]{1}).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(new long[]{1}).percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void millisKeepsATenthOfAMillisecond() {
        assertThat(Percentiles.millis(12_345_678)).isEqualTo(12.3);
        assertThat(Percentiles.millis(50_000)).isEqualTo(0.1);
    }

    @Test
    void recorderGrowsAndKeepsEverySample() throws InterruptedException {
        LatencyRecorder r = new LatencyRecorder();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 1; i <= 5000; i++) {
                    r.record(i);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(r.count()).isEqualTo(20_000);
        assertThat(r.percentiles().max()).isEqualTo(5000);
        assertThat(r.percentiles().percentile(50)).isEqualTo(2500);
    }
}
