package org.baytrack.events;

import java.time.LocalDate;

/**
 * A followed project's status, forecast or structural progress changed. Keyed by project id so one project's
 * changes stay in order. {@code historical} marks changes rebuilt from backfilled or old documents, which
 * subscribers normally do not want alerts for.
 */
public record ProjectStatusChanged(
        String projectId,
        String projectName,
        String change,
        State previous,
        State current,
        Evidence evidence,
        boolean historical) implements EventPayload {

    public static final String STATUS_CHANGED = "status_changed";
    public static final String FORECAST_SLIPPED = "forecast_slipped";
    public static final String FORECAST_ADVANCED = "forecast_advanced";
    /** A project's first forecast opening. */
    public static final String FORECAST_SET = "forecast_set";
    public static final String MILESTONE = "milestone";
    /** No new evidence for the configured period: what the board says may be out of date. */
    public static final String STALE = "stale";
    /** New evidence on a project that was stale. */
    public static final String REVIVED = "revived";
    public static final String AGREEMENT = "agreement";

    @Override
    public String key() {
        return projectId;
    }

    /**
     * Dates are ISO partial dates (YYYY-MM-DD, YYYY-MM or YYYY). {@code forecastPrecision} is the forecast's
     * precision as the milestone claims word it (day, month, quarter, half, year); events written before it
     * existed read it as null.
     */
    public record State(String status, String statusDate, String forecastOpening, String forecastPrecision) {
    }

    public record Evidence(String milestone, String date, String precision, String sentence, String articleId,
                           String source, LocalDate published, String title) {
    }
}
