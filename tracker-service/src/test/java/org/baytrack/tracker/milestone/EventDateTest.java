package org.baytrack.tracker.milestone;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventDateTest {

    @Test
    void periodsAreBoundedByTheirPrecision() {
        assertThat(EventDate.parse("2024", "year").end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(EventDate.parse("2022-07", "half").end()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(EventDate.parse("2022-04", "quarter").end()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(EventDate.parse("2022-02", null).end()).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(EventDate.parse("2021-12-24", null).start()).isEqualTo(LocalDate.of(2021, 12, 24));
    }

    @Test
    void precisionIsImpliedByTheIsoFormWhenMissing() {
        assertThat(EventDate.parse("2024", null).precision()).isEqualTo("year");
        assertThat(EventDate.parse("2024-05", null).precision()).isEqualTo("month");
        assertThat(EventDate.parse("2024-05-01", null).precision()).isEqualTo("day");
    }

    @Test
    void laterMeansLaterLastDayThenLaterFirstDay() {
        assertThat(EventDate.parse("2025", null).compareTimeTo(EventDate.parse("2024", null))).isPositive();
        assertThat(EventDate.parse("2024-06", null).compareTimeTo(EventDate.parse("2024", null))).isNegative();
        assertThat(EventDate.parse("2024-12", null).compareTimeTo(EventDate.parse("2024", null))).isPositive();
        assertThat(EventDate.parse("2024", "year").compareTimeTo(EventDate.parse("2024", null))).isZero();
    }

    @Test
    void missingDatesAreNullAndMalformedOnesRejected() {
        assertThat(EventDate.parse(null, "day")).isNull();
        assertThat(EventDate.parse(" ", null)).isNull();
        assertThatThrownBy(() -> EventDate.parse("24/12/2021", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventDate.parse("2021-13", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
