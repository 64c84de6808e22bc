package org.baytrack.tracker.project;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.baytrack.commons.kafka.TopicSnapshot;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.Topics;
import org.baytrack.tracker.TrackerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The board is a fold over topics: entities (who is followed, their names) and project.status-changed (status,
 * forecast, last evidence). Rebuild reads both from the beginning and applies them through {@link ChangeLog} and
 * {@link ProjectBoard}, the same code the live path uses, publishing nothing.
 */
@ApplicationScoped
public class BoardRebuild {
    private static final Logger LOG = Logger.getLogger(BoardRebuild.class);

    @Inject
    ProjectRoster entities;
    @Inject
    ChangeLog changeLog;
    @Inject
    BoardLines board;
    @Inject
    TrackerConfig config;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public record Result(int entities, int changes) {
    }

    void onStart(@Observes StartupEvent event) {
        if (config.rebuildWhenEmpty() && QuarkusTransaction.requiringNew().call(() -> StatusChange.count() == 0)) {
            try {
                Result result = rebuild();
                LOG.infof("Rebuilt the board from %d entity and %d status-changed events", result.entities(),
                        result.changes());
            } catch (RuntimeException e) {
                LOG.warnf("Could not rebuild the board from Kafka at start-up: %s", e.toString());
            }
        }
    }

    /** Applies both topics as they are now. Safe to repeat: a change already recorded is skipped by its id. */
    public Result rebuild() {
        Duration timeout = Duration.ofSeconds(30);
        var entityEvents = TopicSnapshot.records(bootstrapServers, Topics.ENTITIES_CHANGED, timeout);
        List<String> changeEvents = TopicSnapshot.read(bootstrapServers, Topics.PROJECT_STATUS_CHANGED, timeout);
        Result result = QuarkusTransaction.requiringNew().call(() -> {
            for (var record : entityEvents) {
                if (record.value() != null) {
                    entities.apply(EventCodec.decode(record.value(), EntityChanged.class).data());
                } else if (record.key() != null) {
                    entities.forget(record.key()); // deleted by the catalog: its changes below are skipped
                }
            }
            int applied = 0;
            for (String json : changeEvents) {
                var event = EventCodec.decode(json, ProjectStatusChanged.class);
                var project = entities.follow(Set.of(event.data().projectId())).get(event.data().projectId());
                if (project != null && changeLog.record(event.id(), event.data(), project, false)) {
                    applied++;
                }
            }
            return new Result(entityEvents.size(), applied);
        });
        board.forgetAll();
        return result;
    }
}
