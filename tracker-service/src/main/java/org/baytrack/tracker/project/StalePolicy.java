package org.baytrack.tracker.project;

import org.baytrack.events.EventIds;
import org.baytrack.events.EventType;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.ChangeKind;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Whether a project has gone without news long enough to say so: its latest dated report is at least the
 * configured period old. A project nothing dated was reported on has nothing to go stale; one already stale is
 * not announced again until news revives it.
 */
public final class StalePolicy {
    private StalePolicy() {
    }

    /** Whether a project last reported on {@code latestReport} has been silent for {@code after} by {@code today}. */
    public static boolean isStale(LocalDate latestReport, LocalDate today, Period after) {
        return !latestReport.plus(after).isAfter(today);
    }

    public static Optional<ProjectProgress.Change> check(ProjectProgress.State state, LocalDate latestReport,
                                                         LocalDate today, Period after) {
        if (state.stale() || latestReport == null || !isStale(latestReport, today, after)) {
            return Optional.empty();
        }
        var same = state.asEventState();
        var event = new ProjectStatusChanged(state.projectId(), state.projectName(), ChangeKind.STALE,
                same, same, null, false);
        // one stale change per silence: a later one follows newer news
        String id = EventIds.of(EventType.PROJECT_STATUS_CHANGED, state.projectId(), ChangeKind.STALE.code(),
                latestReport.toString());
        return Optional.of(new ProjectProgress.Change(id, event));
    }
}
