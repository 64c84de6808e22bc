package org.baytrack.tracker.project;

import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.MilestoneKind;

import java.time.LocalDate;

/**
 * The board as a fold over project.status-changed: the live tracker and a replay of the topic both reach a
 * project's board row only through {@link #apply}, which is why replaying the topic rebuilds the same board.
 */
public final class ProjectBoard {
    private ProjectBoard() {
    }

    /**
     * A project's board row. {@code forecastPublished} is when the evidence behind the forecast was published;
     * {@code stale} from a stale change until a revived one.
     */
    public record Row(String status, String statusDate, String forecastOpening, String forecastPrecision,
                      LocalDate forecastPublished, ProjectStatusChanged.Evidence lastEvidence,
                      LocalDate lastEvidencePublished, boolean stale) {
        public static final Row FOLLOWED = new Row(Stage.FOLLOWED.code(), null, null, null, null, null, null, false);
    }

    public static Row apply(Row row, ProjectStatusChanged event) {
        var current = event.current();
        var evidence = event.evidence();
        String forecastPrecision = row.forecastPrecision();
        LocalDate forecastPublished = row.forecastPublished();
        if (evidence != null && evidence.milestone() == MilestoneKind.FORECAST_OPENING
                && current.forecastOpening() != null && current.forecastOpening().equals(evidence.date())) {
            forecastPrecision = evidence.precision();
            forecastPublished = evidence.published();
        }
        if (current.forecastPrecision() != null) {
            forecastPrecision = current.forecastPrecision();
        } else if (current.forecastOpening() == null) {
            forecastPrecision = null;
            forecastPublished = null;
        }
        var lastEvidence = row.lastEvidence();
        LocalDate lastPublished = row.lastEvidencePublished();
        if (evidence != null && (lastPublished == null
                || evidence.published() != null && !evidence.published().isBefore(lastPublished))) {
            lastEvidence = evidence;
            lastPublished = evidence.published();
        }
        boolean stale = switch (event.change()) {
            case STALE -> true;
            case REVIVED -> false;
            default -> row.stale();
        };
        return new Row(current.status(), current.statusDate(), current.forecastOpening(), forecastPrecision,
                forecastPublished, lastEvidence, lastPublished, stale);
    }
}
