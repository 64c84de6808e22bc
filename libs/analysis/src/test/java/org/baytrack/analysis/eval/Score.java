package org.baytrack.analysis.eval;

/** True positives, false positives and false negatives, and what follows from them. */
public record Score(int tp, int fp, int fn) {

    public Score plus(Score o) {
        return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
