package org.baytrack.notification.subscription;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baytrack.commons.kafka.TopicSnapshot;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.commons.transaction.AfterCommit;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project ids a subscription may name: the projects on the compacted entity topic, which the catalog seeds from
 * its gazetteer. The entity consumer keeps the table current; a project not in it yet may be on the topic all the
 * same (just after start-up, or registered a moment ago), so the topic is read to its end before one is refused.
 */
@ApplicationScoped
public class KnownProjects {
    private static final Logger LOG = Logger.getLogger(KnownProjects.class);
    static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Project id to the name last committed for it ("" when it came without one). */
    private final Map<String, String> committed = new ConcurrentHashMap<>();

    /** Whether the project is on the entity topic; reads the topic when the table does not hold it. */
    public boolean isKnown(String projectId) {
        return isStored(projectId) || catchUp() && isStored(projectId);
    }

    @SuppressWarnings("unchecked")
    public Collection<String> all() {
        return (List<String>) em.createNativeQuery("select id from known_project order by id", String.class)
                .getResultList();
    }

    /** Applies one record of the entity topic: a project's definition, or a tombstone. Call inside a transaction. */
    public void apply(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            // a tombstone on the compacted topic: the catalog deleted the entity
            if (record.key() != null) {
                forget(record.key());
            }
            return;
        }
        try {
            EntityChanged entity = EventCodec.decode(record.value(), EntityChanged.class).data();
            if (EntityChanged.PROJECT.equals(entity.type())) {
                learn(entity.id(), entity.name());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Skipping a record on the entities topic that is not an entity.changed event: %s", e.getMessage());
        }
    }

    /**
     * Records a project; call inside the consuming transaction. Nearly every event names a project already stored
     * under the same name, so those committed are remembered and not written again.
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

    private boolean isStored(String projectId) {
        return !em.createNativeQuery("select 1 from known_project where id = ?1")
                .setParameter(1, projectId).getResultList().isEmpty();
    }

    /**
     * Reads the entity topic to its end and applies it in a transaction of its own, so what it learns stays even when
     * the request that asked is refused. One reader at a time: requests waiting behind it find the table current.
     */
    synchronized boolean catchUp() {
        List<ConsumerRecord<String, String>> records;
        try {
            records = TopicSnapshot.records(bootstrapServers, Topics.ENTITIES_CHANGED, CATCH_UP_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the entity topic to check a project: %s", e.toString());
            throw new ProblemException(503, "Project list unavailable", "The project list could not be read from "
                    + "Kafka just now, so an unknown project cannot be told from a new one; send the request again "
                    + "in a minute.");
        }
        // the table is the truth here, not what this instance remembers writing to it
        committed.clear();
        QuarkusTransaction.requiringNew().run(() -> records.forEach(this::apply));
        return true;
    }
}
