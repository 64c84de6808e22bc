package org.baytrack.events.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How exactly a date is known; written in events and JSON as its lower-case label ("day", "quarter"). */
public enum Precision {
    DAY, MONTH, QUARTER, HALF, YEAR;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The written form, so a precision in a message key or a log line reads as it does in JSON. */
    @Override
    public String toString() {
        return label();
    }

    /** Null for null, so events that carry no precision read as none. */
    @JsonCreator
    public static Precision fromLabel(String label) {
        return label == null ? null : valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
