package org.baytrack.commons.request;

import org.baytrack.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            +999999999-01-01 | published +999999999-01-01 is out of range; give a date between 1900-01-01 and 2100-12-31.
            999999999-01-01  | published '999999999-01-01' is not a date; use YYYY-MM-DD
            1899-12-31      | between 1900-01-01 and 2100-12-31
            2101-01-01      | between 1900-01-01 and 2100-12-31
            2021-02-30      | published '2021-02-30' is not a date; use YYYY-MM-DD
            yesterday       | published 'yesterday' is not a date
            """)
    void datesOutsideTheCenturiesWeTrackAreRefusedByName(String value, String detail) {
        assertThatThrownBy(() -> Inputs.date("published", value)).isInstanceOf(ProblemException.class)
                .hasMessageContaining(detail);
    }

    @Test
    void datesAtTheEdgesAndBlanksAreAccepted() {
        assertThat(Inputs.date("from", "1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Inputs.date("from", " 2100-12-31 ")).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(Inputs.date("from", "")).isNull();
    }

    @ParameterizedTest
    @CsvSource({"abc", "99999999999", "0", "-5", "1.5", "1001"})
    void pagingValuesOutsideTheRangeAreRefusedWithTheRange(String value) {
        assertThatThrownBy(() -> Inputs.integer("limit", value, 50, 1, 1000))
                .hasMessageContaining("limit must be a whole number from 1 to 1000");
    }

    @Test
    void absentPagingTakesTheDefault() {
        assertThat(Inputs.integer("limit", null, 50, 1, 1000)).isEqualTo(50);
        assertThat(Inputs.integer("limit", "1000", 50, 1, 1000)).isEqualTo(1000);
    }

    @ParameterizedTest
    @CsvSource({"ture", "1", "yes"})
    void aBooleanIsTrueOrFalseNeverAGuess(String value) {
        assertThatThrownBy(() -> Inputs.bool("backfill", value, false)).hasMessageContaining("backfill must be true or false");
    }

    @Test
    void controlCharactersAreQuotedAsCodePoints() {
        assertThat(Inputs.printable("a\u0000b")).isEqualTo("aU+0000b");
        assertThat(ControlCharacters.describe("id", "a\u0000", false)).isEqualTo("id contains the control character U+0000; remove it.");
        assertThat(ControlCharacters.describe("text", "a\tb\n", true)).isNull();
        assertThat(ControlCharacters.describe("id", "a\tb", false)).contains("U+0009");
    }
}
