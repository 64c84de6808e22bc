package org.baytrack.catalog.entity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.gazetteer.Gazetteer;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.catalog.article.MentionStore;
import org.baytrack.commons.outbox.Outbox;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventIds;
import org.baytrack.events.EventType;
import org.baytrack.events.Topics;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The canonical entities and the analyzer that resolves them. The gazetteer data seeds the registry; entities
 * registered through the API join it at once, and every change is announced on the compacted entity topic.
 */
@ApplicationScoped
public class EntityRegistry {
    private static final Logger LOG = Logger.getLogger(EntityRegistry.class);
    static final URI SOURCE = URI.create("/baytrack/catalog-service");

    @Inject
    Outbox outbox;
    @Inject
    MentionStore mentions;

    private volatile DocumentAnalyzer analyzer;

    void onStart(@Observes StartupEvent event) {
        analyzer();
    }

    /**
     * The analyzer over the current registry. Kafka consumers may ask before start-up observers have run, so the
     * first caller seeds the registry and builds it.
     */
    public DocumentAnalyzer analyzer() {
        DocumentAnalyzer current = analyzer;
        if (current == null) {
            synchronized (this) {
                if (analyzer == null) {
                    QuarkusTransaction.requiringNew().run(this::seedFromGazetteer);
                    reload();
                }
                current = analyzer;
            }
        }
        return current;
    }

    public List<Entity> entities() {
        return analyzer().gazetteer().entities();
    }

    /** Rebuilds the analyzer from the registry table: after a registration here or on another instance. */
    public synchronized void reload() {
        List<Entity> entities = QuarkusTransaction.joiningExisting().call(() -> RegisteredEntity.<RegisteredEntity>listAll()
                .stream().map(RegisteredEntity::toGazetteerEntity).toList());
        analyzer = new DocumentAnalyzer(Gazetteer.of(entities));
        LOG.debugf("Entity registry holds %d entities", entities.size());
    }

    @Transactional
    public Entity register(EntityRegistration registration) {
        Entity entity = EntityRules.validate(registration, RegisteredEntity.<RegisteredEntity>listAll().stream()
                .map(RegisteredEntity::toGazetteerEntity).toList());
        RegisteredEntity.of(entity, RegisteredEntity.FROM_API).persist();
        announce(entity, EntityChanged.REGISTERED);
        return entity;
    }

    /**
     * Removes an entity registered through the API: its row and its mentions go, and a tombstone (the id with no
     * value) on the compacted entity topic tells every follower to forget it. Gazetteer entities stay: the data would
     * seed them again at the next start.
     */
    @Transactional
    public RegisteredEntity remove(String id) {
        RegisteredEntity row = RegisteredEntity.findById(id);
        if (row == null) {
            throw ProblemException.notFound("No entity with id " + id + ". GET /entities lists them.");
        }
        if (RegisteredEntity.FROM_GAZETTEER.equals(row.origin)) {
            throw new ProblemException(409, "Gazetteer entity", "The entity " + id + " (" + row.name + ") comes from "
                    + "the gazetteer data and cannot be deleted; only entities registered with POST /entities can.");
        }
        row.delete();
        mentions.deleteOfEntity(id);
        outbox.addTombstone(EventIds.of(EventType.ENTITY_CHANGED, id, "deleted", String.valueOf(row.registeredAt)),
                Topics.ENTITIES_CHANGED, id);
        return row;
    }

    void seedFromGazetteer() {
        for (Entity entity : Gazetteer.loadDefault().entities()) {
            RegisteredEntity row = RegisteredEntity.findById(entity.id());
            if (row == null) {
                RegisteredEntity.of(entity, RegisteredEntity.FROM_GAZETTEER).persist();
                announce(entity, EntityChanged.REGISTERED);
            } else if (RegisteredEntity.FROM_GAZETTEER.equals(row.origin) && !row.toGazetteerEntity().equals(entity)) {
                row.type = entity.type();
                row.name = entity.name();
                row.nameHant = entity.nameHant();
                row.nameEn = entity.nameEn();
                row.aliases = entity.aliases().toArray(String[]::new);
                announce(entity, EntityChanged.UPDATED);
            }
        }
    }

    private void announce(Entity e, String change) {
        String nameHant = e.nameHant() != null ? e.nameHant() : ScriptConverter.get().toTraditional(e.name());
        var payload = new EntityChanged(e.id(), e.type(), e.name(), nameHant, e.nameEn(), e.aliases(), change);
        outbox.add(EventCodec.encode(EventIds.of(EventType.ENTITY_CHANGED, e.id(), change,
                Integer.toHexString(Objects.hash(e))), SOURCE, payload));
    }
}
