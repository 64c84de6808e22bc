package org.baytrack.tracker.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.commons.outbox.Outbox;
import org.baytrack.events.EventCodec;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.tracker.persistence.JsonColumns;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** How many changes of this kind ({@code forecast_slipped}…) each project has had published. */
    public Map<String, Long> countByProject(ChangeKind change) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select project_id, count(*) from status_change where change = ?1 "
                + "group by project_id").setParameter(1, change.code()).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** How many changes of this kind one project has had published. */
    public long count(String projectId, ChangeKind change) {
        return ((Number) em.createNativeQuery("select count(*) from status_change where project_id = ?1 and change = ?2")
                .setParameter(1, projectId).setParameter(2, change.code()).getSingleResult()).longValue();
    }

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
        row.change = event.change().code();
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

    /** Deletes a project's recorded changes (what GET /projects/{id}/changes lists). */
    public void forget(String projectId) {
        em.createNativeQuery("delete from status_change where project_id = ?1").setParameter(1, projectId).executeUpdate();
    }
}
