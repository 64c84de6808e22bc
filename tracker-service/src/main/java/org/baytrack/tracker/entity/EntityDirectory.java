package org.baytrack.tracker.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.events.EntityChanged;
import org.baytrack.tracker.milestone.Timeline;
import org.baytrack.tracker.persistence.JsonColumns;
import org.baytrack.tracker.project.BoardChanged;
import org.baytrack.tracker.project.ChangeLog;
import org.baytrack.tracker.project.Project;
import org.baytrack.tracker.project.ProjectRoster;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the tracker knows and which projects it follows: every entity.changed on the compacted entity topic, which the
 * catalog seeds from its gazetteer, without a restart.
 */
@ApplicationScoped
public class EntityDirectory implements ProjectRoster {
    @Inject
    EntityManager em;
    @Inject
    Event<BoardChanged> boardChanged;
    @Inject
    Timeline timeline;
    @Inject
    ChangeLog changeLog;

    @Override
    public void apply(EntityChanged e) {
        em.createNativeQuery("delete from forgotten_entity where id = ?1").setParameter(1, e.id()).executeUpdate();
        em.createNativeQuery("insert into entity (id, type, name, name_hant, name_en, aliases) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (id) do update set type = excluded.type, "
                        + "name = excluded.name, name_hant = excluded.name_hant, name_en = excluded.name_en, "
                        + "aliases = excluded.aliases, updated_at = now()")
                .setParameter(1, e.id()).setParameter(2, e.type()).setParameter(3, e.name())
                .setParameter(4, e.nameHant()).setParameter(5, e.nameEn())
                .setParameter(6, JsonColumns.write(e.aliases() == null ? List.of() : e.aliases()))
                .executeUpdate();
        if (EntityChanged.PROJECT.equals(e.type())) {
            em.createNativeQuery("insert into project (id, name, name_hant, name_en) values (?1, ?2, ?3, ?4) "
                            + "on conflict (id) do update set name = excluded.name, name_hant = excluded.name_hant, "
                            + "name_en = excluded.name_en, updated_at = now()")
                    .setParameter(1, e.id()).setParameter(2, e.name()).setParameter(3, e.nameHant())
                    .setParameter(4, e.nameEn())
                    .executeUpdate();
            boardChanged.fire(new BoardChanged(e.id()));
        }
    }

    /**
     * The catalog deleted this entity: it leaves the board with its timeline, evidence and changes. Its id is remembered, so articles about it still on their way do not follow it again (the
     * entity and article topics are not ordered); a later registration of the id lifts that. Call inside a
     * transaction; forgetting twice changes nothing.
     */
    @Override
    public void forget(String id) {
        em.createNativeQuery("insert into forgotten_entity (id) values (?1) on conflict (id) do nothing")
                .setParameter(1, id).executeUpdate();
        timeline.forget(id);
        changeLog.forget(id);
        em.createNativeQuery("delete from project where id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("delete from entity where id = ?1").setParameter(1, id).executeUpdate();
        Project cached = em.find(Project.class, id);
        if (cached != null) {
            em.detach(cached);
        }
        boardChanged.fire(new BoardChanged(id));
    }

    /**
     * The followed projects with these ids; forgotten ones (deleted by the catalog) are left out. A claim can name a project before its entity.changed arrives (the two
     * topics are not ordered): such a project is followed at once under its id, and named when the event comes.
     */
    @Override
    public Map<String, Project> follow(Collection<String> ids) {
        Map<String, Project> found = new HashMap<>();
        // One primary-key load per id: an article names one or two projects, and a query with an id list is
        // translated from HQL afresh at every call, which costs far more than a load or two (docs/performance.md).
        for (String id : ids) {
            Project project = em.find(Project.class, id);
            if (project == null && isForgotten(id)) {
                continue;
            }
            if (project == null) {
                em.createNativeQuery("insert into project (id, name, name_hant, name_en) "
                                + "select ?1, coalesce(e.name, ?1), e.name_hant, e.name_en "
                                + "from (select 1) one left join entity e on e.id = ?1 on conflict (id) do nothing")
                        .setParameter(1, id)
                        .executeUpdate();
                boardChanged.fire(new BoardChanged(id));
                project = em.find(Project.class, id);
            }
            found.put(id, project);
        }
        return found;
    }

    private boolean isForgotten(String id) {
        return !em.createNativeQuery("select 1 from forgotten_entity where id = ?1").setParameter(1, id)
                .getResultList().isEmpty();
    }

    public Map<String, KnownEntity> byIds(Collection<String> ids) {
        Map<String, KnownEntity> found = new HashMap<>();
        if (!ids.isEmpty()) {
            KnownEntity.<KnownEntity>list("id in ?1", ids).forEach(e -> found.put(e.id, e));
        }
        return found;
    }
}
