package org.baytrack.tracker.web;

import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.tracker.project.ProjectView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BoardPageTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final AsOf AS_OF = new AsOf(TODAY, Period.ofMonths(18));
    static final List<ProjectView> PROJECTS = List.of(
            new ProjectView("a-bridge", "甲大桥", "甲大橋", "Alpha Bridge", "opened", "2020-05-01", null, null, null),
            new ProjectView("b-rail", "乙铁路", "乙鐵路", "Beta Railway", "under_construction", "2021-03", "2026", "year", null),
            new ProjectView("c-road", "丙公路", "丙公路", "Gamma Road", "planned", null, "2024-07", "half",
                    new ProjectStatusChanged.Evidence(MilestoneKind.PLANNED, null, null, "s", "art", "src", LocalDate.of(2023, 1, 2), "t")));

    static BoardPage.Model build(String status, String text, String sort, String lang) {
        return BoardPage.build(PROJECTS, Map.of("b-rail", LocalDate.of(2024, 4, 10)), Map.of("b-rail", 2L),
                new BoardPage.Query(status, text, sort, lang, true), AS_OF, Messages.of(lang));
    }

    @Test
    void eachRowCarriesForecastPrecisionSlipsAndTheAgeOfItsLatestReport() {
        var rail = build(null, null, null, "en").rows().get(1);
        assertThat(rail.id()).isEqualTo("b-rail");
        assertThat(rail.forecast()).isEqualTo("2026");
        assertThat(rail.forecastPrecision()).isEqualTo("to the year");
        assertThat(rail.slips()).isEqualTo(2);
        assertThat(rail.reported()).isEqualTo("last reported 14 months ago");
        assertThat(rail.stale()).isFalse();
        assertThat(rail.href()).isEqualTo("/projects/b-rail?lang=en");
    }

    @Test
    void theLatestChangeDatesAProjectWithoutDatedReportsOnItsTimeline() {
        var road = build(null, null, null, "zh").rows().get(2);
        assertThat(road.stale()).isTrue();
        assertThat(road.reported()).isEqualTo("2 年前报道");
        assertThat(road.forecast()).isEqualTo("2024 H2");
        assertThat(build(null, null, null, "zh").rows().get(0).reported()).isEqualTo("尚无报道");
    }

    @Test
    void textFilterMatchesAnyOfTheThreeNames() {
        assertThat(build(null, "乙鐵", null, "zh").rows()).extracting(BoardPage.Row::id).containsExactly("b-rail");
        assertThat(build(null, "gamma", null, "zh").rows()).extracting(BoardPage.Row::id).containsExactly("c-road");
        assertThat(build(null, "甲大桥", null, "zh").rows()).extracting(BoardPage.Row::id).containsExactly("a-bridge");
        assertThat(build("planned", null, null, "zh").rows()).extracting(BoardPage.Row::id).containsExactly("c-road");
        assertThat(build(null, "none such", null, "zh").total()).isEqualTo(3);
    }

    @Test
    void columnsSortBothWaysWithUnknownDatesLast() {
        assertThat(build(null, null, "forecast", "zh").rows()).extracting(BoardPage.Row::id)
                .containsExactly("c-road", "b-rail", "a-bridge");
        assertThat(build(null, null, "-forecast", "zh").rows()).extracting(BoardPage.Row::id)
                .containsExactly("b-rail", "c-road", "a-bridge");
        assertThat(build(null, null, "-status", "zh").rows()).extracting(BoardPage.Row::id)
                .containsExactly("a-bridge", "b-rail", "c-road");
        assertThat(build(null, null, "name", "en").rows()).extracting(BoardPage.Row::id)
                .containsExactly("a-bridge", "b-rail", "c-road");
    }

    @Test
    void headingLinksReverseTheCurrentSortAndKeepTheFilters() {
        var page = build("planned", "乙", "forecast", "en");
        var forecast = page.columns().stream().filter(c -> c.key().equals("forecast")).findFirst().orElseThrow();
        assertThat(forecast.ariaSort()).isEqualTo("ascending");
        assertThat(forecast.href()).isEqualTo("/?status=planned&q=%E4%B9%99&sort=-forecast&all=1&lang=en");
        assertThat(page.otherLangHref()).isEqualTo("/?status=planned&q=%E4%B9%99&sort=forecast&all=1");
    }

    @Test
    void projectsNothingWasReportedOnStayOffTheBoardUntilAskedFor() {
        var page = BoardPage.build(PROJECTS, Map.of(), Map.of(), new BoardPage.Query(null, null, null, "zh", false),
                AS_OF, Messages.of("zh"));
        assertThat(page.rows()).as("each has a status or a forecast").hasSize(3);
        assertThat(page.silent()).isEqualTo(0);
        var followed = List.of(new ProjectView("d-port", "丁港", null, "Delta Port", "followed", null, null, null, null));
        var quiet = BoardPage.build(followed, Map.of(), Map.of(), new BoardPage.Query(null, null, null, "zh", false),
                AS_OF, Messages.of("zh"));
        assertThat(quiet.rows()).isEmpty();
        assertThat(quiet.silent()).isEqualTo(1);
        assertThat(quiet.allHref()).isEqualTo("/?all=1");
        assertThat(BoardPage.build(followed, Map.of(), Map.of(), new BoardPage.Query(null, "delta", null, "zh", false),
                AS_OF, Messages.of("zh")).rows()).hasSize(1);
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(ProjectPage.webAddress("https://example.org/a?b=1")).isEqualTo("https://example.org/a?b=1");
        assertThat(ProjectPage.webAddress("javascript:alert(1)")).isNull();
        assertThat(ProjectPage.webAddress("data:text/html,x")).isNull();
        assertThat(ProjectPage.webAddress(null)).isNull();
    }
}
