package org.baytrack.tracker.project;

import org.baytrack.events.ProjectStatusChanged.Evidence;
import org.baytrack.events.ProjectStatusChanged.State;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectBoardTest {
    static final Evidence STRUCTURAL = new Evidence(MilestoneKind.STRUCTURAL, "2021-12-24", "day", "首片节段梁成功架设到位",
            "art-seed", "南方日报", LocalDate.of(2021, 12, 29), "t");
    static final Evidence FORECAST = new Evidence(MilestoneKind.FORECAST_OPENING, "2024", "year", "预计2024年建成通车",
            "art-seed", "南方日报", LocalDate.of(2021, 12, 29), "t");
    static final Evidence SLIP = new Evidence(MilestoneKind.FORECAST_OPENING, "2025", "year", "预计2025年建成通车",
            "art-2023", "广东交通", LocalDate.of(2023, 3, 15), "t");

    static ProjectStatusChanged event(String change, State previous, State current, Evidence evidence) {
        return new ProjectStatusChanged("huangmaohai-passage", "黄茅海跨海通道", ChangeKind.fromCode(change), previous, current, evidence, false);
    }

    @Test
    void foldingTheChangesGivesStatusForecastAndLatestEvidence() {
        var s1 = new State("under_construction", "2021-12-24", null, null);
        var s2 = new State("under_construction", "2021-12-24", "2024", "year");
        var s3 = new State("under_construction", "2021-12-24", "2025", "year");

        var row = ProjectBoard.apply(ProjectBoard.Row.FOLLOWED, event("status_changed", new State("followed", null, null, null), s1, STRUCTURAL));
        row = ProjectBoard.apply(row, event("forecast_set", s1, s2, FORECAST));
        row = ProjectBoard.apply(row, event("forecast_slipped", s2, s3, SLIP));

        assertThat(row.status()).isEqualTo("under_construction");
        assertThat(row.statusDate()).isEqualTo("2021-12-24");
        assertThat(row.forecastOpening()).isEqualTo("2025");
        assertThat(row.forecastPrecision()).isEqualTo("year");
        assertThat(row.forecastPublished()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(row.lastEvidence()).isEqualTo(SLIP);
    }

    @Test
    void olderEvidenceNeverReplacesTheLatest() {
        var s = new State("under_construction", "2020-07", "2025", "year");
        var older = new Evidence(MilestoneKind.CONSTRUCTION_STARTED, "2020-07", "month", "开工", "art-old", "x", LocalDate.of(2020, 8, 1), "t");
        var row = new ProjectBoard.Row("under_construction", "2021-12-24", "2025", "year", LocalDate.of(2023, 3, 15), SLIP,
                LocalDate.of(2023, 3, 15), false);

        var next = ProjectBoard.apply(row, event("status_changed", s, s, older));

        assertThat(next.lastEvidence()).isEqualTo(SLIP);
        assertThat(next.forecastPublished()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void anEventWrittenBeforeStatesCarriedPrecisionTakesItFromItsEvidence() {
        var before = new State("under_construction", "2021-12-24", null, null);
        var old = new State("under_construction", "2021-12-24", "2024", null);

        var row = ProjectBoard.apply(ProjectBoard.Row.FOLLOWED, event("milestone", before, old, FORECAST));

        assertThat(row.forecastPrecision()).isEqualTo("year");
    }

    @Test
    void aStaleChangeMarksTheRowUntilARevivedOneLeavingEverythingElse() {
        var s = new State("under_construction", "2021-12-24", "2024", "year");
        var row = ProjectBoard.apply(ProjectBoard.Row.FOLLOWED, event("forecast_set", s, s, FORECAST));

        var stale = ProjectBoard.apply(row, event("stale", s, s, null));
        var later = ProjectBoard.apply(stale, event("milestone", s, s, STRUCTURAL));
        var revived = ProjectBoard.apply(later, event("revived", s, s, SLIP));

        assertThat(stale.stale()).isTrue();
        assertThat(stale.lastEvidence()).isEqualTo(FORECAST);
        assertThat(later.stale()).isTrue();
        assertThat(revived.stale()).isFalse();
        assertThat(revived.lastEvidence()).isEqualTo(SLIP);
    }
}
