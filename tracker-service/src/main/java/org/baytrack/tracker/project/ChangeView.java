package org.baytrack.tracker.project;

import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.tracker.persistence.JsonColumns;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One published project.status-changed of a project. */
@Schema(description = "A change published as project.status-changed: previous and new state and the evidence")
public record ChangeView(String eventId, Instant recordedAt, ChangeKind change, ProjectStatusChanged.State previous,
                         ProjectStatusChanged.State current, ProjectStatusChanged.Evidence evidence,
                         boolean historical) {

    static ChangeView of(StatusChange row) {
        var e = JsonColumns.read(row.data, ProjectStatusChanged.class);
        return new ChangeView(row.eventId, row.recordedAt, e.change(), e.previous(), e.current(), e.evidence(),
                e.historical());
    }
}
