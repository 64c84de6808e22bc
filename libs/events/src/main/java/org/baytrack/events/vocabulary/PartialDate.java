package org.baytrack.events.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date known to some precision. Quarters and halves are written as the month they start in ("2022-07" with
 * precision half is the second half of 2022), so the written form is ISO YYYY-MM-DD, YYYY-MM or YYYY and the
 * precision travels beside it; month and day are 0 where the precision does not reach them.
 */
public record PartialDate(int year, int month, int day, Precision precision) {

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
    }

    public static PartialDate year(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR);
    }

    /** The precision its length implies: a month for YYYY-MM, so a quarter or half needs {@link #parse(String, Precision)}. */
    @JsonCreator
    public static PartialDate parse(String iso) {
        return parse(iso, null);
    }

    /** Null when there is no date; {@code precision} null takes the one the written form implies. */
    public static PartialDate parse(String iso, Precision precision) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.strip();
        try {
            return switch (s.length()) {
                case 4 -> new PartialDate(Integer.parseInt(s), 0, 0, precision == null ? Precision.YEAR : precision);
                case 7 -> from(LocalDate.parse(s + "-01"), false, precision == null ? Precision.MONTH : precision);
                case 10 -> from(LocalDate.parse(s), true, precision == null ? Precision.DAY : precision);
                default -> throw notPartial(s, null);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw notPartial(s, e);
        }
    }

    /** ISO partial form: YYYY-MM-DD, YYYY-MM or YYYY. */
    @JsonValue
    public String iso() {
        StringBuilder sb = new StringBuilder(10);
        sb.append(year);
        if (precision != Precision.YEAR && month > 0) {
            sb.append(month < 10 ? "-0" : "-").append(month);
        }
        if (precision == Precision.DAY && day > 0) {
            sb.append(day < 10 ? "-0" : "-").append(day);
        }
        return sb.toString();
    }

    /** The day itself when the precision is day, else null. */
    public LocalDate toLocalDate() {
        return precision == Precision.DAY ? LocalDate.of(year, month, day) : null;
    }

    /** The first day of the period it names. */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day of the period. */
    public LocalDate end() {
        LocalDate start = start();
        return switch (precision) {
            case DAY -> start;
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case HALF -> start.plusMonths(6).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /** Later or earlier by the period's last day, then by its first: "2024" → "2024-06" is earlier, → "2025" later. */
    public int compareTimeTo(PartialDate other) {
        int byEnd = end().compareTo(other.end());
        return byEnd != 0 ? byEnd : start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return iso();
    }

    private static PartialDate from(LocalDate date, boolean withDay, Precision precision) {
        boolean day = withDay && precision == Precision.DAY;
        return new PartialDate(date.getYear(), precision == Precision.YEAR ? 0 : date.getMonthValue(),
                day ? date.getDayOfMonth() : 0, precision);
    }

    private static IllegalArgumentException notPartial(String iso, Exception cause) {
        return new IllegalArgumentException("Not an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD): " + iso, cause);
    }
}
