package org.baytrack.analysis.dates;

import java.util.Locale;

/** How exactly a date is known. */
public enum Precision {
    DAY, MONTH, QUARTER, HALF, YEAR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
