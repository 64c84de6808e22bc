package org.baytrack.runner.synthetic;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.gazetteer.Gazetteer;
import org.baytrack.runner.synthetic.SyntheticDocuments.BenchProject;
import org.baytrack.runner.synthetic.SyntheticDocuments.SyntheticDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDocumentsTest {
    static DocumentAnalyzer analyzer;
    static List<BenchProject> projects;
    static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 1);
    static final LocalDate FORECAST = LocalDate.of(2030, 3, 10);

    @BeforeAll
    static void setUp() {
        analyzer = DocumentAnalyzer.withDefaultGazetteer();
        projects = List.of(
                new BenchProject("shenzhen-jiangmen-hsr", "深江铁路", "深江鐵路", "Shenzhen-Jiangmen Railway", PUBLISHED, FORECAST),
                new BenchProject("shenzhen-zhongshan-link", "深中通道", null, "Shenzhen-Zhongshan Link", PUBLISHED, FORECAST),
                new BenchProject("guangzhou-zhanjiang-hsr", "广湛高铁", "廣湛高鐵", "Guangzhou-Zhanjiang High-speed Railway", PUBLISHED, FORECAST),
                new BenchProject("lianhuashan-passage", "莲花山通道", null, null, PUBLISHED, FORECAST),
                new BenchProject("shiziyang-passage", "狮子洋通道", null, null, PUBLISHED, FORECAST));
    }

    @Test
    void everyDocumentGivesExactlyOneForecastForItsProjectOnItsDate() {
        SyntheticDocuments gen = new SyntheticDocuments(projects, 42);
        for (SyntheticDocument d : gen.measured(300)) {
            Analysis a = analyzer.analyze(d.text().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", d.published());
            assertThat(a.milestones()).as("milestones of %s doc:%n%s", d.script(), d.text()).hasSize(1);
            var m = a.milestones().get(0);
            assertThat(m.project()).as(d.text()).isEqualTo(d.project().id());
            assertThat(m.kind()).as(d.text()).isEqualTo(MilestoneKind.FORECAST_OPENING);
            assertThat(m.date()).as(d.text()).isEqualTo(d.forecast().toString());
            assertThat(m.precision()).isEqualTo("day");
        }
    }

    @Test
    void aProjectsDocumentsArePublishedAndForecastOneDayLaterEachTime() {
        SyntheticDocuments gen = new SyntheticDocuments(projects, 7);
        List<SyntheticDocument> docs = gen.measured(projects.size() * 4);
        Map<String, List<SyntheticDocument>> byProject = docs.stream()
                .collect(Collectors.groupingBy(d -> d.project().id()));
        assertThat(byProject).hasSize(projects.size());
        for (var entry : byProject.values()) {
            assertThat(entry).extracting(SyntheticDocument::k).containsExactly(1, 2, 3, 4);
            for (int i = 1; i < entry.size(); i++) {
                assertThat(entry.get(i).published()).isEqualTo(entry.get(i - 1).published().plusDays(1));
                assertThat(entry.get(i).forecast()).isEqualTo(entry.get(i - 1).forecast().plusDays(1));
            }
        }
        // The priming document is k = 0: the first measured one slips it by a day.
        SyntheticDocument primer = gen.priming(projects.get(0));
        assertThat(primer.k()).isZero();
        assertThat(primer.forecast()).isEqualTo(FORECAST);
        assertThat(byProject.get(projects.get(0).id()).get(0).forecast()).isEqualTo(FORECAST.plusDays(1));
    }

    @Test
    void documentsOfOneProjectAreSpreadAcrossTheStream() {
        List<SyntheticDocument> docs = new SyntheticDocuments(projects, 3).measured(50);
        for (int i = 0; i + 1 < docs.size(); i++) {
            assertThat(docs.get(i).project()).isNotEqualTo(docs.get(i + 1).project());
        }
    }

    @Test
    void alertKeysAreUniqueAndTheGeneratorIsDeterministic() {
        List<SyntheticDocument> a = new SyntheticDocuments(projects, 11).measured(500);
        List<SyntheticDocument> b = new SyntheticDocuments(projects, 11).measured(500);
        assertThat(a.stream().map(SyntheticDocument::key).collect(Collectors.toSet())).hasSize(500);
        assertThat(a.stream().map(SyntheticDocument::text).toList()).isEqualTo(b.stream().map(SyntheticDocument::text).toList());
        assertThat(a.stream().map(SyntheticDocument::text).collect(Collectors.toSet())).hasSize(500);
    }

    @Test
    void bothScriptsAndEnglishAppearWithNoiseLines() {
        List<SyntheticDocument> docs = new SyntheticDocuments(projects, 5).measured(200);
        Set<String> scripts = docs.stream().map(SyntheticDocument::script).collect(Collectors.toSet());
        assertThat(scripts).contains("hans", "hant", "en");
        assertThat(docs.stream().filter(d -> d.text().lines().count() >= 4)).hasSizeGreaterThan(150);
        Analysis hant = docs.stream().filter(d -> d.script().equals("hant")).findFirst()
                .map(d -> analyzer.analyzeText(d.text(), d.published())).orElseThrow();
        assertThat(hant.script()).isEqualTo("hant");
    }

    /** The catalog merges texts whose character 4-gram sets overlap above 0.6: no two bench documents may. */
    @Test
    void noTwoDocumentsLookLikeReprintsOfOneStory() {
        List<SyntheticDocument> docs = new SyntheticDocuments(projects, 9).measured(200);
        // As the catalog compares them: the cleaned text (no page chrome), letters and digits only.
        List<Set<String>> shingles = docs.stream()
                .map(d -> shingles(analyzer.analyzeText(d.text(), d.published()).text())).toList();
        double worst = 0;
        for (int i = 0; i < shingles.size(); i++) {
            for (int j = i + 1; j < shingles.size(); j++) {
                worst = Math.max(worst, jaccard(shingles.get(i), shingles.get(j)));
            }
        }
        assertThat(worst).isLessThan(0.5);
    }

    @Test
    void everyGazetteerProjectCanBeWrittenAbout() {
        Gazetteer gazetteer = analyzer.gazetteer();
        assertThat(gazetteer).isNotNull();
    }

    private static Set<String> shingles(String text) {
        String t = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Set<String> s = new HashSet<>();
        for (int i = 0; i + 4 <= t.length(); i++) {
            s.add(t.substring(i, i + 4));
        }
        return s;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return inter.size() / (double) (a.size() + b.size() - inter.size());
    }
}
