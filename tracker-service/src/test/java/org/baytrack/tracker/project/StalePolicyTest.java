package org.baytrack.tracker.project;

import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class StalePolicyTest {
    static final Period EIGHTEEN_MONTHS = Period.ofMonths(18);
    static final ProjectProgress.State BUILDING = new ProjectProgress.State("huangmaohai-passage", "黄茅海跨海通道",
            Stage.UNDER_CONSTRUCTION, "2020-07", PartialDate.parse("2024", Precision.YEAR), LocalDate.of(2021, 12, 29),
            LocalDate.of(2021, 12, 29), false);

    @Test
    void aProjectIsStaleEighteenMonthsAfterItsLatestReportAndNotADayBefore() {
        var reported = LocalDate.of(2022, 3, 15);

        assertThat(StalePolicy.check(BUILDING, reported, LocalDate.of(2023, 9, 14), EIGHTEEN_MONTHS)).isEmpty();
        var stale = StalePolicy.check(BUILDING, reported, LocalDate.of(2023, 9, 15), EIGHTEEN_MONTHS).orElseThrow();

        assertThat(stale.event().change()).isEqualTo(ChangeKind.STALE);
        assertThat(stale.event().previous()).isEqualTo(stale.event().current());
        assertThat(stale.event().current().forecastPrecision()).isEqualTo("year");
        assertThat(stale.event().evidence()).isNull();
        assertThat(stale.event().historical()).isFalse();
    }

    @Test
    void aStaleProjectIsNotAnnouncedTwiceAndOneNeverReportedOnNeverIs() {
        var stale = new ProjectProgress.State(BUILDING.projectId(), BUILDING.projectName(), BUILDING.stage(),
                BUILDING.statusDate(), BUILDING.forecast(), BUILDING.forecastPublished(),
                BUILDING.lastEvidencePublished(), true);

        assertThat(StalePolicy.check(stale, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), EIGHTEEN_MONTHS))
                .isEmpty();
        assertThat(StalePolicy.check(BUILDING, null, LocalDate.of(2026, 1, 1), EIGHTEEN_MONTHS)).isEmpty();
    }

    @Test
    void theSameSilenceGivesTheSameEventIdAndALaterOneAnother() {
        var reported = LocalDate.of(2022, 3, 15);
        String first = StalePolicy.check(BUILDING, reported, LocalDate.of(2024, 1, 1), EIGHTEEN_MONTHS)
                .orElseThrow().eventId();

        assertThat(StalePolicy.check(BUILDING, reported, LocalDate.of(2025, 1, 1), EIGHTEEN_MONTHS).orElseThrow()
                .eventId()).isEqualTo(first);
        assertThat(StalePolicy.check(BUILDING, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1), EIGHTEEN_MONTHS)
                .orElseThrow().eventId()).isNotEqualTo(first);
    }
}
