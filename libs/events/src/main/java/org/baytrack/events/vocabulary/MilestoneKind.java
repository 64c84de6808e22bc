package org.baytrack.events.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The claim a sentence makes about a project's progress; written in events, REST JSON and the tracker's tables as
 * its code ("construction_started").
 */
public enum MilestoneKind {
    PLANNED, APPROVED, CONSTRUCTION_STARTED, STRUCTURAL, COMPLETED, OPENED, FORECAST_OPENING;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The written form, so a kind in a message key or a log line reads as it does in JSON. */
    @Override
    public String toString() {
        return code();
    }

    @JsonCreator
    public static MilestoneKind fromCode(String code) {
        return code == null ? null : valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    /** What the claim becomes when it is about the future; null when a forecast is no milestone. */
    public MilestoneKind asForecast() {
        return switch (this) {
            case OPENED, COMPLETED, FORECAST_OPENING -> FORECAST_OPENING;
            case CONSTRUCTION_STARTED, PLANNED, APPROVED -> PLANNED;
            case STRUCTURAL -> null;
        };
    }
}
