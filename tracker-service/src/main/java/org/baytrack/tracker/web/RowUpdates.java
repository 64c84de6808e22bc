package org.baytrack.tracker.web;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an open board is told after a burst of changed lines. One article may change a project several times and a
 * rebuild changes every line, so the board hears of each project once per burst, and of a burst too large to fetch
 * row by row only that the whole board changed.
 */
public final class RowUpdates {
    /** Beyond this many projects in one burst, fetching each row would cost more than reloading the page. */
    public static final int MAX_ROWS = 50;

    /** {@code rows} is empty when the whole board changed. */
    public record Update(List<String> rows, boolean wholeBoard) {
    }

    private RowUpdates() {
    }

    /** Null when nothing changed. */
    public static Update of(List<String> changedProjects) {
        var distinct = new LinkedHashSet<String>();
        for (String id : changedProjects) {
            if (id != null && !id.isBlank()) {
                distinct.add(id);
            }
        }
        if (distinct.isEmpty()) {
            return null;
        }
        return distinct.size() > MAX_ROWS ? new Update(List.of(), true) : new Update(List.copyOf(distinct), false);
    }
}
