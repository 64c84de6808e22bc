package org.baytrack.runner.synthetic;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.gazetteer.Gazetteer;
import org.baytrack.runner.synthetic.SyntheticDocuments.BenchProject;
import org.baytrack.runner.synthetic.SyntheticDocuments.SyntheticDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchProjectsTest {
    static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 1);
    static final LocalDate FORECAST = LocalDate.of(2029, 6, 1);

    @Test
    void projectsAreBenchIdsWithNamesNoRealProjectHas() {
        List<BenchProject> projects = BenchProjects.define("7f3a", 20, PUBLISHED, FORECAST);
        assertThat(projects).extracting(BenchProject::id).allMatch(id -> id.startsWith("bench-7f3a-"))
                .doesNotHaveDuplicates().contains("bench-7f3a-1", "bench-7f3a-20");
        assertThat(projects).extracting(BenchProject::name).doesNotHaveDuplicates();
        assertThat(projects).extracting(BenchProject::nameEn).doesNotHaveDuplicates();
        Gazetteer real = Gazetteer.loadDefault();
        Set<String> realNames = real.entities().stream().flatMap(e -> e.names().stream()).collect(Collectors.toSet());
        for (BenchProject p : projects) {
            assertThat(realNames).doesNotContain(p.name(), p.nameHant(), p.nameEn());
            assertThat(realNames).noneMatch(n -> p.name().contains(n) || n.contains(p.name()));
        }
        assertThat(BenchProjects.define("7f3a", 3, PUBLISHED, FORECAST)).isEqualTo(projects.subList(0, 3));
        assertThat(BenchProjects.define("7f3b", 1, PUBLISHED, FORECAST).get(0).name()).isNotEqualTo(projects.get(0).name());
    }

    @Test
    void eachDocumentAboutABenchProjectGivesOneForecastForItAndNamesNoRealProject() {
        String tag = BenchProjects.randomTag(new SplittableRandom(11));
        List<BenchProject> projects = BenchProjects.define(tag, 6, PUBLISHED, FORECAST);
        Gazetteer gazetteer = Gazetteer.loadDefault();
        for (BenchProject p : projects) {
            gazetteer = gazetteer.withEntity(new Entity(p.id(), Entity.PROJECT, p.name(), p.nameHant(), p.nameEn(), List.of()));
        }
        DocumentAnalyzer analyzer = new DocumentAnalyzer(gazetteer);
        Set<String> scripts = new java.util.HashSet<>();
        for (SyntheticDocument d : new SyntheticDocuments(projects, 5).measured(240)) {
            Analysis a = analyzer.analyze(d.text().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", d.published());
            scripts.add(d.script());
            assertThat(a.milestones()).as("%s document:%n%s", d.script(), d.text()).hasSize(1);
            assertThat(a.milestones().get(0).project()).as(d.text()).isEqualTo(d.project().id());
            assertThat(a.milestones().get(0).kind()).isEqualTo(MilestoneKind.FORECAST_OPENING);
            assertThat(a.milestones().get(0).date()).isEqualTo(d.forecast().toString());
            assertThat(a.mentions()).as("entities named in%n%s", d.text())
                    .allMatch(m -> !Entity.PROJECT.equals(m.type()) || m.entity().startsWith(BenchProjects.ID_PREFIX));
        }
        assertThat(scripts).containsExactlyInAnyOrder("hans", "hant", "en");
    }

    @Test
    void documentsOfProjectsWhoseIdsDifferInOneCharacterAreNotTheSameStory() {
        List<BenchProject> projects = BenchProjects.define("0369", 4, PUBLISHED, FORECAST);
        List<SyntheticDocument> docs = new SyntheticDocuments(projects, 9).measured(400);
        Set<String> bodies = new java.util.HashSet<>();
        for (SyntheticDocument d : docs) {
            String body = d.text().replace(d.project().name(), "X").replace(d.project().nameHant(), "X")
                    .replace(d.project().nameEn(), "X").replaceAll("[0-9]", "#");
            assertThat(bodies.add(body)).as("another document reads the same but for names and numbers:%n%s", d.text()).isTrue();
        }
    }

    @Test
    void refusesCountsItCannotName() {
        assertThatThrownBy(() -> BenchProjects.define("0000", 0, PUBLISHED, FORECAST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchProjects.define("0000", BenchProjects.MAX_PROJECTS + 1, PUBLISHED, FORECAST))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
