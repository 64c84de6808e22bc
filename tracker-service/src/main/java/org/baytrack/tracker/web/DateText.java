package org.baytrack.tracker.web;

import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;

/** A partial date as a reader expects it: quarters and halves by name, not by the month they start in. */
public final class DateText {
    private DateText() {
    }

    public static String of(String iso, String precision) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        PartialDate date;
        try {
            date = PartialDate.parse(iso, Precision.fromLabel(precision));
        } catch (IllegalArgumentException e) {
            return iso;
        }
        int year = date.start().getYear();
        int month = date.start().getMonthValue();
        return switch (date.precision()) {
            case QUARTER -> year + " Q" + ((month - 1) / 3 + 1);
            case HALF -> year + " H" + (month <= 6 ? 1 : 2);
            case YEAR -> Integer.toString(year);
            case MONTH -> iso.substring(0, 7);
            case DAY -> date.start().toString();
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
