package org.baytrack.tracker.forecast;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;
import org.baytrack.tracker.forecast.ForecastPolicy.Decision;
import org.baytrack.tracker.milestone.TrackedClaim;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastPolicyTest {
    static final LocalDate DEC_2021 = LocalDate.of(2021, 12, 29);
    static final PartialDate Y2024 = PartialDate.parse("2024", Precision.YEAR);

    @Test
    void newerSourceMovingTheOpeningLaterIsASlip() {
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, PartialDate.parse("2025", Precision.YEAR), LocalDate.of(2023, 3, 15)))
                .isEqualTo(Decision.SLIPPED);
    }

    @Test
    void newerSourceMovingItEarlierIsAnAdvance() {
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, PartialDate.parse("2024-06", Precision.MONTH), LocalDate.of(2022, 1, 5)))
                .isEqualTo(Decision.ADVANCED);
    }

    @Test
    void olderOrSameDaySourceNeverMovesTheForecast() {
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, PartialDate.parse("2023", Precision.YEAR), LocalDate.of(2021, 6, 10)))
                .isEqualTo(Decision.OLDER);
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, PartialDate.parse("2026", Precision.YEAR), DEC_2021))
                .isEqualTo(Decision.OLDER);
    }

    @Test
    void firstForecastAndConfirmation() {
        assertThat(ForecastPolicy.decide(null, null, Y2024, DEC_2021)).isEqualTo(Decision.FIRST);
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, PartialDate.parse("2024", null), LocalDate.of(2022, 5, 1)))
                .isEqualTo(Decision.CONFIRMED);
    }

    @Test
    void anUndatedSourceGivesAFirstForecastButNeverRevisesOne() {
        assertThat(ForecastPolicy.decide(null, null, Y2024, null)).isEqualTo(Decision.FIRST);
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, PartialDate.parse("2025", Precision.YEAR), null))
                .isEqualTo(Decision.OLDER);
        assertThat(ForecastPolicy.decide(Y2024, null, PartialDate.parse("2025", Precision.YEAR), null))
                .isEqualTo(Decision.OLDER);
    }

    @Test
    void articleForecastIsItsMostPreciseDatedOne() {
        var vague = new TrackedClaim(MilestoneKind.FORECAST_OPENING, Y2024, "2024年建成");
        var precise = new TrackedClaim(MilestoneKind.FORECAST_OPENING, PartialDate.parse("2024-10", Precision.MONTH), "2024年10月建成");
        var undated = new TrackedClaim(MilestoneKind.FORECAST_OPENING, null, "近期建成");
        var notForecast = new TrackedClaim(MilestoneKind.STRUCTURAL, PartialDate.parse("2021-12-24", Precision.DAY), "架设");

        assertThat(ForecastPolicy.pick(List.of(undated, vague, notForecast, precise))).contains(precise);
        assertThat(ForecastPolicy.pick(List.of(undated, notForecast))).isEmpty();
    }
}
