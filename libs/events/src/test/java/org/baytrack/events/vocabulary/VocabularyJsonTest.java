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
    void aKindInAMessageKeyReadsAsItsCode() {
        assertThat("kind_" + MilestoneKind.FORECAST_OPENING).isEqualTo("kind_forecast_opening");
        assertThat("change_" + ChangeKind.FORECAST_SET).isEqualTo("change_forecast_set");
    }

    @Test
    void aQuarterOrHalfKeepsItsPrecisionBesideTheWrittenMonth() {
        var half = PartialDate.parse("2022-07", Precision.HALF);
        assertThat(half.iso()).isEqualTo("2022-07");
        assertThat(half.start()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(PartialDate.parse("2024", Precision.QUARTER).iso()).isEqualTo("2024");
    }
}
