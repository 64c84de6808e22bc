package org.baytrack.tracker.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RowUpdatesTest {
    @Test
    void eachProjectOnceInTheOrderItFirstChanged() {
        var update = RowUpdates.of(List.of("b", "a", "b", "b", "c", "a"));
        assertThat(update.wholeBoard()).isFalse();
        assertThat(update.rows()).containsExactly("b", "a", "c");
    }

    @Test
    void nothingChangedTellsNothing() {
        assertThat(RowUpdates.of(List.of())).isNull();
        assertThat(RowUpdates.of(Arrays.asList(null, " "))).isNull();
    }

    @Test
    void aBurstOfMoreLinesThanAPageShouldFetchIsTheWholeBoard() {
        List<String> many = new ArrayList<>(IntStream.range(0, RowUpdates.MAX_ROWS).mapToObj(i -> "p" + i).toList());
        assertThat(RowUpdates.of(many).wholeBoard()).isFalse();
        many.add("p0");
        assertThat(RowUpdates.of(many).rows()).hasSize(RowUpdates.MAX_ROWS);
        many.add("one-more");
        var update = RowUpdates.of(many);
        assertThat(update.wholeBoard()).isTrue();
        assertThat(update.rows()).isEmpty();
    }
}
