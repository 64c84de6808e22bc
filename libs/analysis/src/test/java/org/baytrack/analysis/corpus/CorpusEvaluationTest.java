package org.baytrack.analysis.corpus;

import org.baytrack.analysis.Analyzers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the analyzer on the real labelled corpus in ../shared/corpus, read in place like the seeds. The floors sit a
 * little under today's figures; the test third is held out, so only its totals are ever printed.
 */
class CorpusEvaluationTest {
    @ParameterizedTest(name = "{0} split: milestone F1 >= {1}, agreement F1 >= {2}")
    @CsvSource({"dev, 0.91, 0.90", "test, 0.50, 0.75"})
    void f1StaysAboveTheFloor(String split, double milestoneF1, double agreementF1) {
        List<LabelledDocument> docs = new ArrayList<>();
        for (String set : List.of("zh-hans", "en-hant")) {
            docs.addAll(CorpusSplit.parse(split).of(LabelledSet.read(dir().resolve(set))));
        }
        EvalCli.Report report = EvalCli.evaluate(Analyzers.DEFAULT, docs);
        System.out.println("corpus " + split + ": " + report.lastLine());

        assertThat(report.milestones().f1()).as("corpus %s milestone F1", split).isGreaterThanOrEqualTo(milestoneF1);
        assertThat(report.agreements().f1()).as("corpus %s agreement F1", split).isGreaterThanOrEqualTo(agreementF1);
    }

    /** The corpus beside the repository: the baytrack.corpus property, else ../shared/corpus seen from the module. */
    static Path dir() {
        String configured = System.getProperty("baytrack.corpus");
        List<Path> options = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/corpus"), Path.of("../../../shared/corpus"));
        return options.stream().filter(Files::isDirectory).findFirst().orElseThrow(() ->
                new IllegalStateException("Labelled corpus not found; set -Dbaytrack.corpus=DIR (tried " + options + ")"));
    }
}
