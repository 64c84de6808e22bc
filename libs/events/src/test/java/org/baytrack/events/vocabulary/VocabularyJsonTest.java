package org.baytrack.events.vocabulary;

import org.baytrack.events.EventCodec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyJsonTest {

    @Test
    void kindsAndPrecisionsAreWrittenAsTheirLowerCaseCodes() throws Exception {
        var mapper = EventCodec.mapper();
        assertThat(mapper.writeValueAsString(List.of(MilestoneKind.CONSTRUCTION_STARTED, ChangeKind.FORECAST_SLIPPED,
                Precision.QUARTER))).isEqualTo("[\"construction_started\",\"forecast_slipped\",\"quarter\"]");
        assertThat(mapper.readValue("\"forecast_opening\"", MilestoneKind.class)).isEqualTo(MilestoneKind.FORECAST_OPENING);
        assertThat(mapper.readValue("\"stale\"", ChangeKind.class)).isEqualTo(ChangeKind.STALE);
        assertThat(mapper.readValue("\"half\"", Precision.class)).isEqualTo(Precision.HALF);
    }

    @Test
    void aPartialDateIsWrittenInItsIsoForm() throws Exception {
        var mapper = EventCodec.mapper();
        assertThat(mapper.writeValueAsString(List.of(PartialDate.of(LocalDate.of(2024, 12, 11)),
                new PartialDate(2024, 12, 0, Precision.MONTH), PartialDate.year(2029),
                new PartialDate(2022, 7, 0, Precision.HALF))))
                .isEqualTo("[\"2024-12-11\",\"2024-12\",\"2029\",\"2022-07\"]");
        assertThat(mapper.readValue("\"2024-12\"", PartialDate.class))
                .isEqualTo(new PartialDate(2024, 12, 0, Precision.MONTH));
    }

    @Test
    void aQuarterOrHalfNeedsItsPrecisionBesideTheWrittenMonth() {
        var half = PartialDate.parse("2022-07", Precision.HALF);
        assertThat(half.iso()).isEqualTo("2022-07");
        assertThat(half.start()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(half.end()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(PartialDate.parse("2022-07").end()).isEqualTo(LocalDate.of(2022, 7, 31));
        assertThat(PartialDate.parse(" ", null)).isNull();
    }

    @Test
    void aWholeYearEndsLaterThanItsFirstHalfAndEarlierThanTheNextYear() {
        var year = PartialDate.parse("2024");
        assertThat(year.compareTimeTo(PartialDate.parse("2024-06"))).isPositive();
        assertThat(year.compareTimeTo(PartialDate.parse("2025"))).isNegative();
        assertThat(year.toLocalDate()).isNull();
        assertThat(PartialDate.parse("2024-12-11").toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 11));
    }
}
