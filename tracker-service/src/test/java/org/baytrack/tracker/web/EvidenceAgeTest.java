package org.baytrack.tracker.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceAgeTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final AsOf AS_OF = new AsOf(TODAY, Period.ofMonths(18));

    @Test
    void fourteenMonthsOldIsWordedInMonthsAndNotStale() {
        EvidenceAge age = EvidenceAge.of(LocalDate.of(2024, 4, 10), AS_OF);
        assertThat(age.months()).isEqualTo(14);
        assertThat(age.stale()).isFalse();
        assertThat(Messages.of("en").format(age.text())).isEqualTo("last reported 14 months ago");
        assertThat(Messages.of("zh").format(age.text())).isEqualTo("14 个月前报道");
    }

    @Test
    void eighteenMonthsToTheDayIsStale() {
        assertThat(EvidenceAge.of(LocalDate.of(2023, 12, 15), AS_OF).stale()).isTrue();
        assertThat(EvidenceAge.of(LocalDate.of(2023, 12, 16), AS_OF).stale()).isFalse();
    }

    @Test
    void underAMonthCountsDaysAndOverTwoYearsCountsYears() {
        assertThat(Messages.of("en").format(EvidenceAge.of(LocalDate.of(2025, 6, 5), AS_OF).text()))
                .isEqualTo("last reported 10 days ago");
        assertThat(Messages.of("en").format(EvidenceAge.of(LocalDate.of(2025, 6, 14), AS_OF).text()))
                .isEqualTo("last reported yesterday");
        assertThat(Messages.of("en").format(EvidenceAge.of(LocalDate.of(2021, 12, 29), AS_OF).text()))
                .isEqualTo("last reported 3 years ago");
    }

    @Test
    void aReportDatedAfterTodayCountsAsToday() {
        EvidenceAge age = EvidenceAge.of(LocalDate.of(2025, 7, 1), AS_OF);
        assertThat(age.stale()).isFalse();
        assertThat(age.text().key()).isEqualTo("ageToday");
    }

    @Test
    void noDatedReportHasNoAge() {
        assertThat(EvidenceAge.of(null, AS_OF)).isNull();
    }

    @Test
    void theStalePeriodIsTheTrackersSetting() {
        LocalDate latest = LocalDate.of(2024, 5, 15);
        assertThat(EvidenceAge.of(latest, AS_OF).stale()).isFalse();
        assertThat(EvidenceAge.of(latest, new AsOf(TODAY, Period.ofMonths(12))).stale()).isTrue();
    }
}
