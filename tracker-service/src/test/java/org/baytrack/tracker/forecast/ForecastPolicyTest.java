package org.baytrack.tracker.forecast;

import org.baytrack.tracker.forecast.ForecastPolicy.Decision;
import org.baytrack.tracker.milestone.Claim;
import org.baytrack.tracker.milestone.EventDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastPolicyTest {
    static final LocalDate DEC_2021 = LocalDate.of(2021, 12, 29);
    static final EventDate Y2024 = EventDate.parse("2024", "year");

    @Test
    void newerSourceMovingTheOpeningLaterIsASlip() {
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, EventDate.parse("2025", "year"), LocalDate.of(2023, 3, 15)))
                .isEqualTo(Decision.SLIPPED);
    }

    @Test
    void newerSourceMovingItEarlierIsAnAdvance() {
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, EventDate.parse("2024-06", "month"), LocalDate.of(2022, 1, 5)))
                .isEqualTo(Decision.ADVANCED);
    }

    @Test
    void olderOrSameDaySourceNeverMovesTheForecast() {
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, EventDate.parse("2023", "year"), LocalDate.of(2021, 6, 10)))
                .isEqualTo(Decision.OLDER);
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, EventDate.parse("2026", "year"), DEC_2021))
                .isEqualTo(Decision.OLDER);
    }

    @Test
    void firstForecastAndConfirmation() {
        assertThat(ForecastPolicy.decide(null, null, Y2024, DEC_2021)).isEqualTo(Decision.FIRST);
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, EventDate.parse("2024", null), LocalDate.of(2022, 5, 1)))
                .isEqualTo(Decision.CONFIRMED);
    }

    @Test
    void anUndatedSourceGivesAFirstForecastButNeverRevisesOne() {
        assertThat(ForecastPolicy.decide(null, null, Y2024, null)).isEqualTo(Decision.FIRST);
        assertThat(ForecastPolicy.decide(Y2024, DEC_2021, EventDate.parse("2025", "year"), null))
                .isEqualTo(Decision.OLDER);
        assertThat(ForecastPolicy.decide(Y2024, null, EventDate.parse("2025", "year"), null))
                .isEqualTo(Decision.OLDER);
    }

    @Test
    void articleForecastIsItsMostPreciseDatedOne() {
        var vague = new Claim("forecast_opening", Y2024, "2024年建成");
        var precise = new Claim("forecast_opening", EventDate.parse("2024-10", "month"), "2024年10月建成");
        var undated = new Claim("forecast_opening", null, "近期建成");
        var notForecast = new Claim("structural", EventDate.parse("2021-12-24", "day"), "架设");

        assertThat(ForecastPolicy.pick(List.of(undated, vague, notForecast, precise))).contains(precise);
        assertThat(ForecastPolicy.pick(List.of(undated, notForecast))).isEmpty();
    }
}
