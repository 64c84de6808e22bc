package org.baytrack.commons.request;

import org.baytrack.commons.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads query parameters and checks values the way every Baytrack API does, naming the parameter when refusing. */
public final class Inputs {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private Inputs() {
    }

    /** A date YYYY-MM-DD between 1900 and 2100, or null when the value is absent or blank. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " '" + printable(value) + "' is not a date; use YYYY-MM-DD "
                    + "between " + EARLIEST + " and " + LATEST + ", e.g. 2021-12-29.");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ProblemException.badRequest(name + " " + date + " is out of range; give a date between "
                    + EARLIEST + " and " + LATEST + ".");
        }
        return date;
    }

    /** A whole number in [min, max]; the default when the parameter is absent. */
    public static int integer(String name, String value, int defaultValue, int min, int max) {
        return value == null || value.isBlank() ? defaultValue : (int) whole(name, value, min, max);
    }

    /** A whole number in [min, max], required; e.g. a numeric id in a path. */
    public static long whole(String name, String value, long min, long max) {
        long parsed;
        try {
            parsed = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            parsed = Long.MIN_VALUE;
        }
        if (parsed < min || parsed > max) {
            throw ProblemException.badRequest(name + " must be a whole number from " + min + " to " + max
                    + ", not '" + printable(value) + "'.");
        }
        return parsed;
    }

    /** true or false; the default when the parameter is absent. Anything else is refused rather than read as false. */
    public static boolean bool(String name, String value, boolean defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(name + " must be true or false, not '" + printable(value) + "'.");
        };
    }

    /** The value shortened and with control characters shown as U+XXXX, safe to quote back in a detail. */
    public static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(60).forEach(c -> {
            if (ControlCharacters.isControl(c)) {
                out.append(String.format("U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > 60 ? out + "…" : out.toString();
    }
}
