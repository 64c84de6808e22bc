package org.baytrack.tracker.project;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.tracker.milestone.TrackedClaim;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusPolicyTest {
    static final LocalDate PUBLISHED = LocalDate.of(2021, 12, 29);

    static TrackedClaim claim(String kind, String date) {
        return new TrackedClaim(MilestoneKind.fromCode(kind), PartialDate.parse(date, null), kind + " " + date);
    }

    @Test
    void structuralMilestoneImpliesUnderConstruction() {
        var advance = StatusPolicy.advance(Stage.FOLLOWED, List.of(claim("structural", "2021-12-24")), PUBLISHED);

        assertThat(advance).get().extracting(StatusPolicy.Advance::stage).isEqualTo(Stage.UNDER_CONSTRUCTION);
        assertThat(advance.get().date().iso()).isEqualTo("2021-12-24");
    }

    @Test
    void furthestStageWinsAndItsEarliestEventDatesIt() {
        var advance = StatusPolicy.advance(Stage.APPROVED, List.of(claim("planned", "2015"),
                claim("structural", "2021-12-24"), claim("construction_started", "2020-07"),
                claim("forecast_opening", "2024")), PUBLISHED);

        assertThat(advance).get().satisfies(a -> {
            assertThat(a.stage()).isEqualTo(Stage.UNDER_CONSTRUCTION);
            assertThat(a.date().iso()).isEqualTo("2020-07");
            assertThat(a.evidence().kind()).isEqualTo(MilestoneKind.CONSTRUCTION_STARTED);
        });
    }

    @Test
    void olderArticleNeverMovesStatusBackwards() {
        assertThat(StatusPolicy.advance(Stage.OPENED, List.of(claim("construction_started", "2016-12-30")),
                LocalDate.of(2017, 1, 2))).isEmpty();
        assertThat(StatusPolicy.advance(Stage.UNDER_CONSTRUCTION, List.of(claim("structural", "2021-05-20")),
                LocalDate.of(2021, 6, 10))).isEmpty();
    }

    @Test
    void forecastsReachNoStage() {
        assertThat(StatusPolicy.advance(Stage.FOLLOWED, List.of(claim("forecast_opening", "2024"),
                new TrackedClaim(MilestoneKind.FORECAST_OPENING, null, "x")), PUBLISHED)).isEmpty();
    }

    @Test
    void undatedMilestoneIsDatedByItsPublication() {
        var advance = StatusPolicy.advance(Stage.FOLLOWED, List.of(new TrackedClaim(MilestoneKind.OPENED, null, "正式通车")), PUBLISHED);

        assertThat(advance).get().satisfies(a -> {
            assertThat(a.stage()).isEqualTo(Stage.OPENED);
            assertThat(a.date()).isEqualTo(PartialDate.of(PUBLISHED));
        });
    }

    @Test
    void undatedMilestoneOfAnUndatedArticleReachesTheStageWithoutADate() {
        var advance = StatusPolicy.advance(Stage.FOLLOWED, List.of(new TrackedClaim(MilestoneKind.OPENED, null, "正式通车")), null);

        assertThat(advance).get().satisfies(a -> {
            assertThat(a.stage()).isEqualTo(Stage.OPENED);
            assertThat(a.date()).isNull();
        });
    }

    @Test
    void inAnUndatedArticleADatedClaimOfTheStageDatesIt() {
        var advance = StatusPolicy.advance(Stage.FOLLOWED, List.of(new TrackedClaim(MilestoneKind.OPENED, null, "正式通车"),
                claim("opened", "2019-04-02")), null);

        assertThat(advance).get().satisfies(a -> assertThat(a.date().iso()).isEqualTo("2019-04-02"));
    }
}
