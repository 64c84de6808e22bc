package org.baytrack.tracker.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceAgeTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @Test
    void fourteenMonthsOldIsWordedInMonthsAndNotStale() {
        EvidenceAge age = EvidenceAge.of(LocalDate.of(2024, 4, 10), TODAY);
        assertThat(age.months()).isEqualTo(14);
        assertThat(age.stale()).isFalse();
        assertThat(Messages.of("en").format(age.text())).isEqualTo("last reported 14 months ago");
        assertThat(Messages.of("zh").format(age.text())).isEqualTo("14 个月前报道");
    }

    @Test
    void eighteenMonthsToTheDayIsStale() {
        assertThat(EvidenceAge.of(LocalDate.of(2023, 12, 15), TODAY).stale()).isTrue();
        assertThat(EvidenceAge.of(LocalDate.of(2023, 12, 16), TODAY).stale()).isFalse();
    }

    @Test
    void underAMonthCountsDaysAndOverTwoYearsCountsYears() {
        assertThat(Messages.of("en").format(EvidenceAge.of(LocalDate.of(2025, 6, 5), TODAY).text()))
                .isEqualTo("last reported 10 days ago");
        assertThat(Messages.of("en").format(EvidenceAge.of(LocalDate.of(2025, 6, 14), TODAY).text()))
                .isEqualTo("last reported yesterday");
        assertThat(Messages.of("en").format(EvidenceAge.of(LocalDate.of(2021, 12, 29), TODAY).text()))
                .isEqualTo("last reported 3 years ago");
    }

    @Test
    void aReportDatedAfterTodayCountsAsToday() {
        EvidenceAge age = EvidenceAge.of(LocalDate.of(2025, 7, 1), TODAY);
        assertThat(age.stale()).isFalse();
        assertThat(age.text().key()).isEqualTo("ageToday");
    }

    @Test
    void noDatedReportHasNoAge() {
        assertThat(EvidenceAge.of(null, TODAY)).isNull();
    }
}
