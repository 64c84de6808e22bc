package org.baytrack.analysis.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.agreement.Agreement;
import org.baytrack.analysis.milestone.Milestone;
import org.baytrack.analysis.script.ScriptConverter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Scores the analyser against a labelled set: milestones match on project, kind and date;
 * agreements on signing date and title (one title containing the other, script and
 * punctuation ignored), plus count and progress figures when the label gives them.
 */
public final class Evaluation {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    record CaseFile(int version, List<EvalCase> cases) {
    }

    /** Scores of one labelled set and the mistakes behind them. */
    public record Result(String set, Score milestones, Score agreements, List<String> mistakes) {
    }

    private final DocumentAnalyzer analyzer;

    public Evaluation(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static List<EvalCase> load(String set) {
        String resource = "/eval/" + set + "/cases.yaml";
        try (InputStream in = Evaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No labelled set at " + resource);
            }
            return YAML.readValue(in, CaseFile.class).cases();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result run(String set) {
        Score milestones = new Score(0, 0, 0);
        Score agreements = new Score(0, 0, 0);
        List<String> mistakes = new ArrayList<>();
        for (EvalCase c : load(set)) {
            Analysis a = analyse(c);
            milestones = milestones.plus(scoreMilestones(c, a, mistakes));
            agreements = agreements.plus(scoreAgreements(c, a, mistakes));
        }
        return new Result(set, milestones, agreements, mistakes);
    }

    private Analysis analyse(EvalCase c) {
        LocalDate published = c.published() == null ? null : LocalDate.parse(c.published());
        if (c.seed() == null) {
            return analyzer.analyzeText(c.text(), published);
        }
        try {
            return analyzer.analyze(Files.readAllBytes(Seeds.path(c.seed())), null, published);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed " + c.seed(), e);
        }
    }

    private static Score scoreMilestones(EvalCase c, Analysis a, List<String> mistakes) {
        Set<String> expected = new HashSet<>();
        c.expectedMilestones().forEach(m -> expected.add(key(m.project(), m.kind(), m.date())));
        Set<String> predicted = new HashSet<>();
        a.milestones().forEach(m -> predicted.add(key(m.project(), m.kind().code(), m.date())));
        int tp = 0;
        for (String p : predicted) {
            if (expected.contains(p)) {
                tp++;
            } else {
                mistakes.add(c.id() + " FP milestone " + p + evidence(a, p));
            }
        }
        for (String e : expected) {
            if (!predicted.contains(e)) {
                mistakes.add(c.id() + " FN milestone " + e);
            }
        }
        return new Score(tp, predicted.size() - tp, expected.size() - tp);
    }

    private static String evidence(Analysis a, String key) {
        for (Milestone m : a.milestones()) {
            if (key(m.project(), m.kind().code(), m.date()).equals(key)) {
                return "  <- " + m.evidence();
            }
        }
        return "";
    }

    private static Score scoreAgreements(EvalCase c, Analysis a, List<String> mistakes) {
        List<Agreement> unmatched = new ArrayList<>(a.agreements());
        int tp = 0;
        for (EvalCase.ExpectedAgreement e : c.expectedAgreements()) {
            Agreement match = unmatched.stream().filter(p -> matches(e, p)).findFirst().orElse(null);
            if (match == null) {
                mistakes.add(c.id() + " FN agreement " + e);
            } else {
                unmatched.remove(match);
                tp++;
            }
        }
        unmatched.forEach(p -> mistakes.add(c.id() + " FP agreement " + p.title() + " signed=" + p.signed()
                + " count=" + p.count() + " items=" + p.items() + " done=" + p.done()));
        return new Score(tp, unmatched.size(), c.expectedAgreements().size() - tp);
    }

    static boolean matches(EvalCase.ExpectedAgreement e, Agreement p) {
        String et = normalise(e.title());
        String pt = normalise(p.title());
        boolean title = et.isEmpty() || !pt.isEmpty() && (et.contains(pt) || pt.contains(et));
        return title && Objects.equals(e.signed(), p.signed())
                && (e.count() == null || e.count().equals(p.count()))
                && (e.items() == null || e.items().equals(p.items()))
                && (e.done() == null || e.done().equals(p.done()));
    }

    private static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String s = ScriptConverter.get().toSimplified(title).toLowerCase(Locale.ROOT);
        return s.replaceAll("[\\p{Punct}\\s《》“”‘’（）()、，。]", "");
    }

    private static String key(String project, String kind, String date) {
        return project + "|" + kind + "|" + date;
    }
}
