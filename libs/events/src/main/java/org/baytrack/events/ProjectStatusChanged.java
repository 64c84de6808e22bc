package org.baytrack.events;

import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.MilestoneKind;

import java.time.LocalDate;

/**
 * A followed project's status, forecast or structural progress changed. Keyed by project id so one project's
 * changes stay in order. {@code historical} marks changes rebuilt from backfilled or old documents, which
 * subscribers normally do not want alerts for.
 */
public record ProjectStatusChanged(
        String projectId,
        String projectName,
        ChangeKind change,
        State previous,
        State current,
        Evidence evidence,
        boolean historical) implements EventPayload {

    @Override
    public String key() {
        return projectId;
    }

    /**
     * Dates are ISO partial dates (YYYY-MM-DD, YYYY-MM or YYYY). {@code forecastPrecision} is the forecast's
     * precision as the milestone claims word it (day, month, quarter, half, year); events written before it
     * existed read it as null. Precisions are {@link org.baytrack.events.vocabulary.Precision} labels.
     */
    public record State(String status, String statusDate, String forecastOpening, String forecastPrecision) {
    }

    public record Evidence(MilestoneKind milestone, String date, String precision, String sentence, String articleId,
                           String source, LocalDate published, String title) {
    }
}
