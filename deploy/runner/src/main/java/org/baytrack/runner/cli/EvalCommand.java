package org.baytrack.runner.cli;

import org.baytrack.analysis.corpus.EvalCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code eval DIR...} scores the analysis library on labelled sets, without any service. The real parsing is the
 * library's own CLI; this class only lists the command in {@code --help}.
 */
@Command(name = "eval", description = {"Scores the analyzer on labelled sets in the corpus layout (no stack needed): "
        + "precision, recall and F1 of milestones and agreements by language, kind and project.",
        "Usage: baytrack eval [--split dev|test|all] [--mistakes] DIR...   (baytrack eval --help for details)"})
public final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ARG")
    List<String> args;

    public static int delegate(String[] args, PrintStream out, PrintStream err) {
        return EvalCli.run(args, out, err);
    }

    @Override
    public Integer call() {
        return delegate(args == null ? new String[0] : args.toArray(String[]::new), System.out, System.err);
    }
}
