package org.baytrack.notification.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.baytrack.commons.transaction.AfterCommit;
import org.baytrack.notification.config.NotificationConfig;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Project id to the name last committed for it ("" when it came without one). */
    private final Map<String, String> committed = new ConcurrentHashMap<>();

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

    /**
     * Records a project seen in an event; call inside the consuming transaction. Nearly every event names a
     * project already stored under the same name, so those committed are remembered and not written again.
     */
    public void learn(String projectId, String name) {
        String stored = committed.get(projectId);
        if (stored != null && (name == null || name.equals(stored))) {
            return;
        }
        em.createNativeQuery("insert into known_project (id, name) values (?1, ?2) "
                        + "on conflict (id) do update set name = coalesce(excluded.name, known_project.name), seen_at = now()")
                .setParameter(1, projectId)
                .setParameter(2, name)
                .executeUpdate();
        String remembered = name != null ? name : stored != null ? stored : "";
        AfterCommit.run(transactions, () -> committed.put(projectId, remembered));
    }

    /** A project the catalog deleted: subscriptions may no longer name it. Call inside the consuming transaction. */
    public void forget(String projectId) {
        em.createNativeQuery("delete from known_project where id = ?1").setParameter(1, projectId).executeUpdate();
        AfterCommit.run(transactions, () -> committed.remove(projectId));
    }
}
