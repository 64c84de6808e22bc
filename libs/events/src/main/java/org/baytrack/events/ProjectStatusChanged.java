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
    public static final String MILESTONE = "milestone";
    public static final String AGREEMENT = "agreement";

    @Override
    public String key() {
        return projectId;
    }

    /** Dates are ISO partial dates (YYYY-MM-DD, YYYY-MM or YYYY). */
    public record State(String status, String statusDate, String forecastOpening) {
    }

    public record Evidence(String milestone, String date, String precision, String sentence, String articleId,
                           String source, LocalDate published, String title) {
    }
}
