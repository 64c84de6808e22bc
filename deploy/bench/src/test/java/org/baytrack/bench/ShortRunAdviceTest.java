package org.baytrack.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortRunAdviceTest {
    @Test
    void aFullSpeedRunUnderSixtySecondsSaysHowManyDocumentsWouldLastLongEnough() {
        assertThat(ReportTable.shortRunAdvice(50.2, 238.9))
                .hasValueSatisfying(advice -> assertThat(advice).contains("50.2 s").contains("--docs 18000"));
    }

    @Test
    void aRunOfSixtySecondsOrMoreNeedsNoAdvice() {
        assertThat(ReportTable.shortRunAdvice(78.4, 229.5)).isEmpty();
        assertThat(ReportTable.shortRunAdvice(60.0, 229.5)).isEmpty();
    }

    @Test
    void aRunThatProcessedNothingGivesNoFigureToScale() {
        assertThat(ReportTable.shortRunAdvice(12.0, 0)).isEmpty();
    }
}
