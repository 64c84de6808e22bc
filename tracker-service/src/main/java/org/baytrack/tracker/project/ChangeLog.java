package org.baytrack.tracker.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.commons.outbox.Outbox;
import org.baytrack.events.EventCodec;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.tracker.persistence.JsonColumns;

import java.net.URI;

/**
 * Records a project change once: the change log row, the board row (through {@link ProjectBoard}) and, when live,
 * the outbox row that publishes it after commit. Call inside the caller's transaction.
 */
@ApplicationScoped
public class ChangeLog {
    static final URI SOURCE = URI.create("/baytrack/tracker-service");

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Event<BoardChanged> boardChanged;

    /** @return false when this event id was already recorded, which changes nothing */
    public boolean record(String eventId, ProjectStatusChanged event, Project project, boolean publish) {
        // native: a Panache count is translated from HQL at every call
        if (!em.createNativeQuery("select 1 from status_change where event_id = ?1").setParameter(1, eventId)
                .getResultList().isEmpty()) {
            return false;
        }
        StatusChange row = new StatusChange();
        row.eventId = eventId;
        row.projectId = event.projectId();
        row.change = event.change();
        row.historical = event.historical();
        row.data = JsonColumns.write(event);
        row.persist();
        if (publish) {
            outbox.add(EventCodec.encode(eventId, SOURCE, event));
        }
        project.setRow(ProjectBoard.apply(project.row(), event));
        boardChanged.fire(new BoardChanged(project.id));
        return true;
    }
}
