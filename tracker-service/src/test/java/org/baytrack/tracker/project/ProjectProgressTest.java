package org.baytrack.tracker.project;

import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;
import org.baytrack.tracker.milestone.ArticleRef;
import org.baytrack.tracker.milestone.KnownMilestone;
import org.baytrack.tracker.milestone.MilestoneKey;
import org.baytrack.tracker.milestone.MilestoneMerger;
import org.baytrack.tracker.milestone.TrackedClaim;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProjectProgressTest {
    static final String ID = "huangmaohai-passage";
    static final ProjectProgress.State FOLLOWED =
            new ProjectProgress.State(ID, "黄茅海跨海通道", Stage.FOLLOWED, null, null, null, null);
    static final ArticleRef SEED = article("art-seed", LocalDate.of(2021, 12, 29), false);
    static final TrackedClaim STRUCTURAL = claim("structural", "2021-12-24");
    static final TrackedClaim FORECAST_2024 = claim("forecast_opening", "2024");

    static ArticleRef article(String id, LocalDate published, boolean historical) {
        return new ArticleRef(id, id, "标题", "南方日报", null, published, historical);
    }

    static TrackedClaim claim(String kind, String date) {
        return new TrackedClaim(MilestoneKind.fromCode(kind), PartialDate.parse(date, null), "sentence " + kind + " " + date);
    }

    /** The state the board holds after applying these changes, as the live tracker would. */
    static ProjectProgress.State after(ProjectProgress.State state, ProjectProgress.Outcome outcome) {
        ProjectProgress.State s = state;
        for (var change : outcome.changes()) {
            var c = change.event().current();
            var e = change.event().evidence();
            boolean forecast = e.milestone() == MilestoneKind.FORECAST_OPENING;
            s = new ProjectProgress.State(ID, s.projectName(), Stage.of(c.status()), c.statusDate(),
                    c.forecastOpening() == null ? null : forecast ? PartialDate.parse(e.date(), Precision.fromLabel(e.precision())) : s.forecast(),
                    forecast ? e.published() : s.forecastPublished(),
                    s.lastEvidencePublished() == null || !e.published().isBefore(s.lastEvidencePublished())
                            ? e.published() : s.lastEvidencePublished());
        }
        return s;
    }

    static List<KnownMilestone> known(TrackedClaim... claims) {
        return java.util.Arrays.stream(claims)
                .map(c -> new KnownMilestone(c.key(), c.effectiveDate(LocalDate.of(2021, 12, 29)).start())).toList();
    }

    @Test
    void structuralMilestoneMovesAFollowedProjectUnderConstructionAndAFirstForecastIsForecastSet() {
        var outcome = ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL, FORECAST_2024), SEED);

        assertThat(outcome.merge().milestones()).hasSize(2);
        assertThat(outcome.changes()).extracting(c -> c.event().change())
                .containsExactly(ChangeKind.STATUS_CHANGED, ChangeKind.FORECAST_SET);
        var status = outcome.changes().get(0).event();
        assertThat(status.previous()).isEqualTo(new ProjectStatusChanged.State("followed", null, null, null));
        assertThat(status.current()).isEqualTo(new ProjectStatusChanged.State("under_construction", "2021-12-24", null, null));
        assertThat(status.evidence().milestone()).isEqualTo(MilestoneKind.STRUCTURAL);
        var forecast = outcome.changes().get(1).event();
        assertThat(forecast.previous()).isEqualTo(status.current());
        assertThat(forecast.current().forecastOpening()).isEqualTo("2024");
        assertThat(forecast.current().forecastPrecision()).isEqualTo("year");
        assertThat(forecast.previous().forecastPrecision()).isNull();
    }

    @Test
    void aMorePreciseForecastCarriesBothPrecisions() {
        var state = after(FOLLOWED, ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL, FORECAST_2024), SEED));
        var later = article("art-2023-06", LocalDate.of(2023, 6, 1), false);

        var outcome = ProjectProgress.track(state, known(STRUCTURAL, FORECAST_2024), Set.of(),
                List.of(claim("forecast_opening", "2024-06")), later);

        assertThat(outcome.changes()).singleElement().satisfies(c -> {
            assertThat(c.event().change()).isEqualTo(ChangeKind.FORECAST_ADVANCED);
            assertThat(c.event().previous().forecastOpening()).isEqualTo("2024");
            assertThat(c.event().previous().forecastPrecision()).isEqualTo("year");
            assertThat(c.event().current().forecastOpening()).isEqualTo("2024-06");
            assertThat(c.event().current().forecastPrecision()).isEqualTo("month");
        });
    }

    @Test
    void newerSourcePuttingTheOpeningLaterIsOneForecastSlip() {
        var state = after(FOLLOWED, ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL, FORECAST_2024), SEED));
        var later = article("art-2023", LocalDate.of(2023, 3, 15), false);

        var outcome = ProjectProgress.track(state, known(STRUCTURAL, FORECAST_2024), Set.of(),
                List.of(claim("forecast_opening", "2025")), later);

        assertThat(outcome.changes()).singleElement().satisfies(c -> {
            assertThat(c.event().change()).isEqualTo(ChangeKind.FORECAST_SLIPPED);
            assertThat(c.event().previous().forecastOpening()).isEqualTo("2024");
            assertThat(c.event().current().forecastOpening()).isEqualTo("2025");
            assertThat(c.event().evidence().articleId()).isEqualTo("art-2023");
        });
    }

    @Test
    void olderArticleNeverMovesStatusBackwardsNorFiresForSupersededHistory() {
        var state = after(FOLLOWED, ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL, FORECAST_2024), SEED));
        var older = article("art-2021-06", LocalDate.of(2021, 6, 10), false);

        var outcome = ProjectProgress.track(state, known(STRUCTURAL, FORECAST_2024), Set.of(),
                List.of(claim("structural", "2021-05-20"), claim("construction_started", "2020-07"),
                        claim("forecast_opening", "2023")), older);

        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.merge().milestones()).hasSize(3);
        assertThat(outcome.forecastConfirmed()).isNull();
    }

    @Test
    void reprocessingTheSameArticleChangesNothing() {
        var first = ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL, FORECAST_2024), SEED);
        var state = after(FOLLOWED, first);

        var again = ProjectProgress.track(state, known(STRUCTURAL, FORECAST_2024),
                Set.of(STRUCTURAL.key(), FORECAST_2024.key()), List.of(STRUCTURAL, FORECAST_2024), SEED);

        assertThat(again.changes()).isEmpty();
        assertThat(again.merge().isEmpty()).isTrue();
    }

    @Test
    void newStructuralMilestoneAfterTheLatestKnownProgressIsAnnounced() {
        var state = after(FOLLOWED, ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL), SEED));
        var next = article("art-2022", LocalDate.of(2022, 8, 2), false);

        var outcome = ProjectProgress.track(state, known(STRUCTURAL), Set.of(),
                List.of(claim("structural", "2022-08-01")), next);

        assertThat(outcome.changes()).singleElement().satisfies(c -> {
            assertThat(c.event().change()).isEqualTo(ChangeKind.MILESTONE);
            assertThat(c.event().previous()).isEqualTo(c.event().current());
            assertThat(c.event().evidence().date()).isEqualTo("2022-08-01");
        });
    }

    @Test
    void backfilledArticlesChangesAreHistorical() {
        var outcome = ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(claim("opened", "1997-06-09")),
                article("art-1997", LocalDate.of(1997, 6, 10), true));

        assertThat(outcome.changes()).singleElement().satisfies(c -> assertThat(c.event().historical()).isTrue());
    }

    @Test
    void sameFactHasTheSameEventIdAndDifferentFactsDifferentOnes() {
        var a = ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL), SEED);
        var b = ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL), SEED);
        var other = ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL),
                article("art-other", LocalDate.of(2021, 12, 30), false));

        assertThat(a.changes().get(0).eventId()).isEqualTo(b.changes().get(0).eventId())
                .isNotEqualTo(other.changes().get(0).eventId());
    }

    @Test
    void newerSourceRepeatingTheForecastOnlyConfirmsIt() {
        var state = after(FOLLOWED, ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(FORECAST_2024), SEED));
        var newer = article("art-2022", LocalDate.of(2022, 5, 1), false);

        var outcome = ProjectProgress.track(state, known(FORECAST_2024), Set.of(), List.of(FORECAST_2024), newer);

        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.forecastConfirmed()).isEqualTo(newer.published());
        assertThat(outcome.merge().evidence()).extracting(e -> e.key()).containsExactly(new MilestoneKey(MilestoneKind.FORECAST_OPENING, "2024"));
    }

    @Test
    void changeFromAnArticleOlderThanTheBoardIsPublishedAsHistory() {
        var state = after(FOLLOWED, ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL), SEED));
        var older = article("art-2021-03", LocalDate.of(2021, 3, 1), false);

        var outcome = ProjectProgress.track(state, known(STRUCTURAL), Set.of(), List.of(FORECAST_2024), older);

        assertThat(outcome.changes()).singleElement().satisfies(c -> {
            assertThat(c.event().current().forecastOpening()).isEqualTo("2024");
            assertThat(c.event().historical()).isTrue();
        });
    }

    @Test
    void anUndatedArticleIsNotOlderThanTheBoardAndDatesNothing() {
        var state = after(FOLLOWED, ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL, FORECAST_2024), SEED));
        var undated = article("art-undated", null, false);

        var outcome = ProjectProgress.track(state, known(STRUCTURAL, FORECAST_2024), Set.of(),
                List.of(claim("structural", null), claim("forecast_opening", "2026")), undated);

        assertThat(outcome.merge().milestones()).extracting(m -> m.key().kind(), MilestoneMerger.NewMilestone::sortDate)
                .containsExactly(tuple(MilestoneKind.STRUCTURAL, null),
                        tuple(MilestoneKind.FORECAST_OPENING, LocalDate.of(2026, 1, 1)));
        // news, undated, and not history; the dated 2024 forecast stays, since nothing shows this source is newer
        assertThat(outcome.changes()).singleElement().satisfies(c -> {
            assertThat(c.event().change()).isEqualTo(ChangeKind.MILESTONE);
            assertThat(c.event().evidence().date()).isNull();
            assertThat(c.event().evidence().published()).isNull();
            assertThat(c.event().historical()).isFalse();
            assertThat(c.event().current().forecastOpening()).isEqualTo("2024");
        });
        assertThat(outcome.forecastConfirmed()).isNull();
    }

    @Test
    void newsOfAStaleProjectRevivesItFirstAndHistoryDoesNot() {
        var known = after(FOLLOWED, ProjectProgress.track(FOLLOWED, List.of(), Set.of(), List.of(STRUCTURAL), SEED));
        var stale = new ProjectProgress.State(ID, known.projectName(), known.stage(), known.statusDate(),
                known.forecast(), known.forecastPublished(), known.lastEvidencePublished(), true);

        var news = ProjectProgress.track(stale, known(STRUCTURAL), Set.of(),
                List.of(claim("structural", "2024-05-01")), article("art-2024", LocalDate.of(2024, 5, 2), false));
        var backfill = ProjectProgress.track(stale, known(STRUCTURAL), Set.of(),
                List.of(claim("structural", "2024-05-01")), article("art-2024b", LocalDate.of(2024, 5, 2), true));

        assertThat(news.changes()).extracting(c -> c.event().change())
                .containsExactly(ChangeKind.REVIVED, ChangeKind.MILESTONE);
        assertThat(news.changes().get(0).event().evidence().articleId()).isEqualTo("art-2024");
        assertThat(news.changes().get(0).event().historical()).isFalse();
        assertThat(backfill.changes()).extracting(c -> c.event().change())
                .doesNotContain(ChangeKind.REVIVED);
    }
}
