package org.baytrack.analysis.eval;

import org.baytrack.analysis.DocumentAnalyzer;

import java.util.List;

/** Prints precision, recall and F1 for milestones and agreements on the labelled sets. */
public final class EvaluationMain {
    private EvaluationMain() {
    }

    public static void main(String[] args) {
        List<String> sets = args.length == 0 ? List.of("dev", "holdout", "holdout2", "holdout3", "holdout4") : List.of(args);
        boolean verbose = Boolean.getBoolean("eval.verbose");
        Evaluation evaluation = new Evaluation(DocumentAnalyzer.withDefaultGazetteer());
        for (String set : sets) {
            Evaluation.Result r = evaluation.run(set);
            System.out.println(set + " milestones " + r.milestones());
            System.out.println(set + " agreements " + r.agreements());
            if (verbose) {
                r.mistakes().forEach(m -> System.out.println("  " + m));
            }
        }
    }
}
