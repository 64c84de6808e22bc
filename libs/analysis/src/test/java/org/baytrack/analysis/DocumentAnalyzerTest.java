package org.baytrack.analysis;

import org.baytrack.analysis.eval.Seeds;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.json.AnalysisJson;
import org.baytrack.analysis.milestone.Milestone;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DocumentAnalyzerTest {
    @Test
    void oneAnalyzerServesManyThreadsWithTheSameResults() throws Exception {
        List<byte[]> docs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Seeds.dir())) {
            for (Path p : seeds.sorted().toList()) {
                docs.add(Files.readAllBytes(p));
            }
        }
        List<String> expected = docs.stream().map(d -> AnalysisJson.write("f", Analyzers.DEFAULT.analyze(d, null, null))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (byte[] d : docs) {
                    results.add(pool.submit(() -> AnalysisJson.write("f", Analyzers.DEFAULT.analyze(d, null, null))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % docs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProjectRegisteredAtRuntimeGetsMilestones() {
        Entity yongzhou = Entity.project("guangzhou-yongzhou-railway", "广永铁路", "Guangzhou-Yongzhou Railway",
                List.of("广州至永州铁路"));
        DocumentAnalyzer analyzer = new DocumentAnalyzer(Analyzers.DEFAULT.gazetteer().withEntity(yongzhou));

        Analysis a = analyzer.analyzeText("3月1日，广州至永州铁路正式开工建设。", LocalDate.of(2024, 3, 2));

        assertThat(a.milestones()).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("guangzhou-yongzhou-railway", "construction_started", "2024-03-01"));
        assertThat(Analyzers.DEFAULT.analyzeText("3月1日，广州至永州铁路正式开工建设。", null).milestones()).isEmpty();
    }

    @Test
    void theSameEventInHeadlineAndBodyIsOneMilestoneButDistinctEventsStay() {
        Analysis a = Analyzers.DEFAULT.analyzeText("深中通道海底隧道贯通\n6月7日，深中通道海底隧道贯通。去年，深中通道西人工岛主体完工。",
                LocalDate.of(2023, 6, 8));

        assertThat(a.milestones()).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("structural", "2023-06-07"), tuple("structural", "2022"));
    }

    @Test
    void emptyInputGivesAnEmptyAnalysis() {
        Analysis a = Analyzers.DEFAULT.analyze(new byte[0], null, null);
        assertThat(a.text()).isEmpty();
        assertThat(a.sentences()).isEmpty();
        assertThat(a.milestones()).isEmpty();
    }
}
