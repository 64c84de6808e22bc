package org.baytrack.notification.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.notification.config.NotificationConfig;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The project ids a subscription may name: those configured ({@code baytrack.notification.known-projects}) and
 * those learned from project.status-changed and entity.changed events.
 */
@ApplicationScoped
public class KnownProjects {
    @Inject
    EntityManager em;
    @Inject
    NotificationConfig config;

    public boolean isKnown(String projectId) {
        return config.knownProjects().contains(projectId)
                || !em.createNativeQuery("select 1 from known_project where id = ?1")
                .setParameter(1, projectId).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    public Collection<String> all() {
        var ids = new TreeSet<>(config.knownProjects());
        ids.addAll((List<String>) em.createNativeQuery("select id from known_project", String.class).getResultList());
        return ids;
    }

    /** Records a project seen in an event; call inside the consuming transaction. */
    public void learn(String projectId, String name) {
        em.createNativeQuery("insert into known_project (id, name) values (?1, ?2) "
                        + "on conflict (id) do update set name = coalesce(excluded.name, known_project.name), seen_at = now()")
                .setParameter(1, projectId)
                .setParameter(2, name)
                .executeUpdate();
    }
}
