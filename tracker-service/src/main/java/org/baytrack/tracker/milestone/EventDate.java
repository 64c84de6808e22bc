package org.baytrack.tracker.milestone;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * A date known to some precision, as the analysis writes it: ISO YYYY-MM-DD, YYYY-MM or YYYY, with quarters and
 * halves written as the month they start in. {@link #start()} and {@link #end()} bound the period it names.
 */
public record EventDate(String iso, String precision) {
    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String QUARTER = "quarter";
    public static final String HALF = "half";
    public static final String YEAR = "year";

    public EventDate {
        Objects.requireNonNull(iso, "iso");
        precision = precision == null ? implied(iso) : precision.toLowerCase(Locale.ROOT);
        start(iso);
    }

    /** Null when the claim has no date. */
    public static EventDate parse(String iso, String precision) {
        return iso == null || iso.isBlank() ? null : new EventDate(iso.strip(), precision);
    }

    public static EventDate day(LocalDate date) {
        return new EventDate(date.toString(), DAY);
    }

    public LocalDate start() {
        return start(iso);
    }

    /** The last day of the period. */
    public LocalDate end() {
        LocalDate start = start();
        return switch (precision) {
            case DAY -> start;
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case HALF -> start.plusMonths(6).minusDays(1);
            default -> start.plusYears(1).minusDays(1);
        };
    }

    /** Later or earlier by the period's last day, then by its first: "2024" → "2024-06" is earlier, → "2025" later. */
    public int compareTimeTo(EventDate other) {
        int byEnd = end().compareTo(other.end());
        return byEnd != 0 ? byEnd : start().compareTo(other.start());
    }

    private static LocalDate start(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
                case 7 -> LocalDate.parse(iso + "-01");
                case 10 -> LocalDate.parse(iso);
                default -> throw new IllegalArgumentException("Not an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD): " + iso);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD): " + iso, e);
        }
    }

    private static String implied(String iso) {
        return switch (iso.length()) {
            case 4 -> YEAR;
            case 7 -> MONTH;
            default -> DAY;
        };
    }

    @Override
    public String toString() {
        return iso;
    }
}
