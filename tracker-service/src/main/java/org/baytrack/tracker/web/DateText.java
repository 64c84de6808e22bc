package org.baytrack.tracker.web;

import org.baytrack.tracker.milestone.EventDate;

/** A partial date as a reader expects it: quarters and halves by name, not by the month they start in. */
public final class DateText {
    private DateText() {
    }

    public static String of(String iso, String precision) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        EventDate date;
        try {
            date = new EventDate(iso, precision);
        } catch (IllegalArgumentException e) {
            return iso;
        }
        int year = date.start().getYear();
        int month = date.start().getMonthValue();
        return switch (date.precision()) {
            case EventDate.QUARTER -> year + " Q" + ((month - 1) / 3 + 1);
            case EventDate.HALF -> year + " H" + (month <= 6 ? 1 : 2);
            case EventDate.YEAR -> Integer.toString(year);
            case EventDate.MONTH -> iso.substring(0, 7);
            default -> date.start().toString();
        };
    }

    /** The message key naming a precision ({@code precisionYear}…), null without one. */
    public static String precisionKey(String precision) {
        if (precision == null || precision.isBlank()) {
            return null;
        }
        return "precision" + Character.toUpperCase(precision.charAt(0)) + precision.substring(1);
    }
}
