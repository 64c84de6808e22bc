package org.baytrack.analysis.corpus;

import java.util.Locale;

/** True positives, false positives and misses of one group, and the precision, recall and F1 they give. */
public record Tally(int truePositives, int falsePositives, int misses) {
    public static final Tally ZERO = new Tally(0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(truePositives + o.truePositives, falsePositives + o.falsePositives, misses + o.misses);
    }

    /** Precision of nothing predicted is 1: no false claim was made. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** Recall of nothing to find is 1. */
    public double recall() {
        int gold = truePositives + misses;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String summary() {
        return String.format(Locale.ROOT, "P=%.2f R=%.2f F1=%.2f", precision(), recall(), f1());
    }
}
