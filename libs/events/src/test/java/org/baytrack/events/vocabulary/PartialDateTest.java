package org.baytrack.events.vocabulary;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void periodsAreBoundedByTheirPrecision() {
        assertThat(PartialDate.parse("2024", Precision.YEAR).end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PartialDate.parse("2022-07", Precision.HALF).end()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(PartialDate.parse("2022-04", Precision.QUARTER).end()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(PartialDate.parse("2022-02", null).end()).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(PartialDate.parse("2021-12-24", null).start()).isEqualTo(LocalDate.of(2021, 12, 24));
    }

    @Test
    void precisionIsImpliedByTheIsoFormWhenMissing() {
        assertThat(PartialDate.parse("2024", null).precision()).isEqualTo(Precision.YEAR);
        assertThat(PartialDate.parse("2024-05", null).precision()).isEqualTo(Precision.MONTH);
        assertThat(PartialDate.parse("2024-05-01", null).precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void laterMeansLaterLastDayThenLaterFirstDay() {
        assertThat(PartialDate.parse("2025", null).compareTimeTo(PartialDate.parse("2024", null))).isPositive();
        assertThat(PartialDate.parse("2024-06", null).compareTimeTo(PartialDate.parse("2024", null))).isNegative();
        assertThat(PartialDate.parse("2024-12", null).compareTimeTo(PartialDate.parse("2024", null))).isPositive();
        assertThat(PartialDate.parse("2024", Precision.YEAR).compareTimeTo(PartialDate.parse("2024", null))).isZero();
    }

    @Test
    void missingDatesAreNullAndMalformedOnesRejected() {
        assertThat(PartialDate.parse(null, Precision.DAY)).isNull();
        assertThat(PartialDate.parse(" ", null)).isNull();
        assertThatThrownBy(() -> PartialDate.parse("24/12/2021", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2021-13", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
