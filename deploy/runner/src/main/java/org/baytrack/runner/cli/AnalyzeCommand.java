package org.baytrack.runner.cli;

import org.baytrack.analysis.cli.AnalyzeCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code analyze FILE...} runs the analysis library locally, without any service. The real parsing is the analysis
 * library's own CLI; this class only lists the command in {@code --help}.
 */
@Command(name = "analyze", description = {"Analyzes documents locally (no stack needed): prints one JSON object per file "
        + "with the cleaned text, entity mentions, milestones and agreements.",
        "Usage: baytrack analyze [--published YYYY-MM-DD] FILE...   (baytrack analyze --help for details)"})
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ARG")
    List<String> args;

    public static int delegate(String[] args, PrintStream out, PrintStream err) {
        return AnalyzeCli.run(args, out, err);
    }

    @Override
    public Integer call() {
        return delegate(args == null ? new String[0] : args.toArray(String[]::new), System.out, System.err);
    }
}
