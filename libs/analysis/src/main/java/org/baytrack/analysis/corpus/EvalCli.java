package org.baytrack.analysis.corpus;

import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.DocumentAnalyzer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code eval [--split dev|test|all] [--mistakes] DIR...}: scores the analyzer on labelled sets in the corpus layout
 * and prints precision, recall and F1 by language, kind and project. The last line is the overall figure.
 */
public final class EvalCli {
    static final String USAGE = """
            Usage: baytrack eval [--split dev|test|all] [--mistakes] DIR...
              Scores the analyzer on labelled sets (DIR/gold.jsonl and DIR/docs/, the corpus layout) and prints
              precision, recall and F1 for milestones and agreements by language, kind and project.
              --split     dev: the part to tune on; test: the held-out third of each set; all (default)
              --mistakes  also print every miss and false claim with its evidence
              --help      show this help""";

    private EvalCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CorpusSplit split = CorpusSplit.ALL;
        boolean mistakes = false;
        List<Path> dirs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    out.println(USAGE);
                    return 0;
                } else if (arg.equals("--mistakes")) {
                    mistakes = true;
                } else if (arg.equals("--split") || arg.startsWith("--split=")) {
                    String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
                    split = CorpusSplit.parse(value);
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + arg);
                } else {
                    dirs.add(Path.of(arg));
                }
            }
            if (dirs.isEmpty()) {
                throw new IllegalArgumentException("no DIR given");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        List<LabelledDocument> docs = new ArrayList<>();
        try {
            for (Path dir : dirs) {
                List<LabelledDocument> part = split.of(LabelledSet.read(dir));
                out.printf(Locale.ROOT, "%s: %d documents (split %s)%n", dir, part.size(), split.name().toLowerCase(Locale.ROOT));
                docs.addAll(part);
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        Report report = evaluate(DocumentAnalyzer.withDefaultGazetteer(), docs);
        if (mistakes) {
            report.mistakes().forEach(m -> out.println(m.line()));
        }
        print(report, out);
        return 0;
    }

    /** Everything an evaluation found: each scored item and each mistake, in document order. */
    public record Report(List<Outcome> outcomes, List<Mistake> mistakes) {
        public Tally tally(String area, Predicate<Outcome> filter) {
            return outcomes.stream().filter(o -> o.area().equals(area) && filter.test(o))
                    .map(Outcome::tally).reduce(Tally.ZERO, Tally::plus);
        }

        public Tally milestones() {
            return tally("milestone", o -> true);
        }

        public Tally agreements() {
            return tally("agreement", o -> true);
        }

        public String lastLine() {
            return "milestones " + milestones().summary() + "; agreements " + agreements().summary();
        }
    }

    public static Report evaluate(DocumentAnalyzer analyzer, List<LabelledDocument> docs) {
        CorpusScorer scorer = new CorpusScorer(analyzer.gazetteer());
        List<Outcome> outcomes = new ArrayList<>();
        List<Mistake> mistakes = new ArrayList<>();
        for (LabelledDocument doc : docs) {
            Analysis analysis = analyzer.analyzeText(doc.body(), doc.published());
            CorpusScorer.Scored scored = scorer.score(doc, analysis);
            outcomes.addAll(scored.outcomes());
            scored.mistakes().forEach(m -> mistakes.add(new Mistake(doc.set() + "/" + m.doc(), m.missed(), m.what(),
                    m.key(), m.evidence())));
        }
        return new Report(outcomes, mistakes);
    }

    private static void print(Report report, PrintStream out) {
        out.println();
        out.printf("%-40s %5s %5s %5s %6s %6s %6s%n", "milestones", "gold", "found", "match", "P", "R", "F1");
        row(out, "all", report.milestones());
        group(out, report, "milestone", "language", Outcome::language);
        group(out, report, "milestone", "kind", Outcome::kind);
        group(out, report, "milestone", "project", Outcome::project);
        out.println();
        out.printf("%-40s %5s %5s %5s %6s %6s %6s%n", "agreements", "gold", "found", "match", "P", "R", "F1");
        row(out, "all", report.agreements());
        group(out, report, "agreement", "language", Outcome::language);
        out.println();
        out.println(report.lastLine());
    }

    private static void group(PrintStream out, Report report, String area, String label, Function<Outcome, String> by) {
        Map<String, Tally> tallies = new TreeMap<>();
        report.outcomes().stream().filter(o -> o.area().equals(area))
                .forEach(o -> tallies.merge(by.apply(o), o.tally(), Tally::plus));
        out.println(" by " + label);
        tallies.forEach((key, tally) -> row(out, "  " + key, tally));
    }

    private static void row(PrintStream out, String label, Tally t) {
        out.printf(Locale.ROOT, "%-40s %5d %5d %5d %6.2f %6.2f %6.2f%n", label, t.truePositives() + t.misses(),
                t.truePositives() + t.falsePositives(), t.truePositives(), t.precision(), t.recall(), t.f1());
    }
}
