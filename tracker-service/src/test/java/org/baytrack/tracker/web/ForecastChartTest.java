package org.baytrack.tracker.web;

import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastChartTest {
    static ForecastChart.Report report(String reported, String forecast, String precision) {
        return new ForecastChart.Report(reported == null ? null : LocalDate.parse(reported),
                PartialDate.parse(forecast, Precision.fromLabel(precision)), "src");
    }

    @Test
    void onePointPerDatedReportMarkedAgainstTheOneBefore() {
        var chart = ForecastChart.of(List.of(
                report("2022-03-01", "2025", "year"),
                report("2021-01-01", "2024", "year"),
                report("2023-06-01", "2024-10", "month"),
                report("2023-09-01", "2024-10", "month"),
                report(null, "2026", "year")));
        assertThat(chart.points()).extracting(ForecastChart.Point::mark).containsExactly(
                ForecastChart.Mark.FIRST, ForecastChart.Mark.SLIP, ForecastChart.Mark.ADVANCE, ForecastChart.Mark.SAME);
        assertThat(chart.undated()).isEqualTo(1);
        assertThat(chart.slips()).isEqualTo(1);
        assertThat(chart.advances()).isEqualTo(1);
    }

    @Test
    void axesSpanWholeYearsAndLaterForecastsStandHigher() {
        var chart = ForecastChart.of(List.of(report("2021-01-01", "2024", "year"), report("2022-12-31", "2026", "year")));
        // x: 2021-01-01 .. 2023-01-01 over [LEFT, WIDTH - RIGHT]
        var first = chart.points().get(0);
        var second = chart.points().get(1);
        assertThat(first.x()).isEqualTo(ForecastChart.LEFT);
        assertThat(second.x()).isLessThan(ForecastChart.WIDTH - ForecastChart.RIGHT).isGreaterThan(600);
        // y: 2024-01-01 (bottom) .. 2027-01-01 (top); the year 2024 spans the lowest third
        double bottom = ForecastChart.HEIGHT - ForecastChart.BOTTOM;
        double third = (bottom - ForecastChart.TOP) / 3;
        assertThat(first.y1()).isEqualTo(bottom);
        assertThat(first.y2()).isCloseTo(bottom - third, org.assertj.core.data.Offset.offset(0.2));
        assertThat(first.y()).isCloseTo(bottom - third / 2, org.assertj.core.data.Offset.offset(0.5));
        assertThat(second.y()).isLessThan(first.y());
        assertThat(second.y2()).isEqualTo(ForecastChart.TOP);
        assertThat(chart.yTicks()).extracting(ForecastChart.Tick::label).containsExactly("2024", "2025", "2026", "2027");
        assertThat(chart.xTicks()).extracting(ForecastChart.Tick::label).containsExactly("2021", "2022", "2023");
        assertThat(chart.path()).startsWith("M" + first.x() + " " + first.y() + " L" + second.x());
    }

    @Test
    void noDatedReportDrawsNothing() {
        var chart = ForecastChart.of(List.of(report(null, "2026", "year")));
        assertThat(chart.isEmpty()).isTrue();
        assertThat(chart.undated()).isEqualTo(1);
    }

    @Test
    void quartersAndHalvesAreNamed() {
        assertThat(DateText.of("2025-04", "quarter")).isEqualTo("2025 Q2");
        assertThat(DateText.of("2025-07", "half")).isEqualTo("2025 H2");
        assertThat(DateText.of("2025-07", "month")).isEqualTo("2025-07");
        assertThat(DateText.of("2025", null)).isEqualTo("2025");
    }
}
