package org.baytrack.analysis.dates;

import java.time.LocalDate;

/**
 * A date known to some precision. Quarters and halves are written as the month they start
 * in ("2022-07" with precision half is the second half of 2022).
 */
public record PartialDate(int year, int month, int day, Precision precision) {

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
    }

    public static PartialDate year(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR);
    }

    /** ISO partial form: YYYY-MM-DD, YYYY-MM or YYYY. */
    public String iso() {
        StringBuilder sb = new StringBuilder(10);
        sb.append(year);
        if (precision != Precision.YEAR) {
            sb.append(month < 10 ? "-0" : "-").append(month);
        }
        if (precision == Precision.DAY) {
            sb.append(day < 10 ? "-0" : "-").append(day);
        }
        return sb.toString();
    }

    /** The day itself when the precision is day, else null. */
    public LocalDate toLocalDate() {
        return precision == Precision.DAY ? LocalDate.of(year, month, day) : null;
    }

    @Override
    public String toString() {
        return iso();
    }
}
