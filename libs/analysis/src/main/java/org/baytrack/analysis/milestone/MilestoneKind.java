package org.baytrack.analysis.milestone;

import java.util.Locale;

/** The claim a sentence makes about a project's progress. */
public enum MilestoneKind {
    PLANNED, APPROVED, CONSTRUCTION_STARTED, STRUCTURAL, COMPLETED, OPENED, FORECAST_OPENING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MilestoneKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** What the claim becomes when it is about the future; null when a forecast is no milestone. */
    MilestoneKind asForecast() {
        return switch (this) {
            case OPENED, COMPLETED, FORECAST_OPENING -> FORECAST_OPENING;
            case CONSTRUCTION_STARTED, PLANNED, APPROVED -> PLANNED;
            case STRUCTURAL -> null;
        };
    }
}
