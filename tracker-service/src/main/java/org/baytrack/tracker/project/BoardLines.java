package org.baytrack.tracker.project;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.baytrack.tracker.TrackerConfig;

import java.util.Optional;

/**
 * Board lines served from memory: GET /projects/{id} is the hot read (dashboards poll it), and a database read
 * for each would take CPU from the pipeline, which runs on the same few cores. A line is dropped when a
 * transaction that changed it ends, so this replica's changes show at once; a loader racing with that commit
 * finishes before the drop (Caffeine computes per key atomically), so it cannot leave the old line behind.
 */
@ApplicationScoped
public class BoardLines {
    @Inject
    TrackerConfig config;

    private Cache<String, Optional<ProjectView>> lines;

    @PostConstruct
    void init() {
        lines = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(config.boardCacheTtl()).build();
    }

    /** The project's line; empty when no followed project has this id. */
    public Optional<ProjectView> line(String projectId) {
        if (config.boardCacheTtl().isZero()) {
            return read(projectId);
        }
        return lines.get(projectId, BoardLines::read);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) BoardChanged change) {
        lines.invalidate(change.projectId());
    }

    /** For changes the tracker does not make one project at a time (a rebuild, the gazetteer at start-up). */
    public void forgetAll() {
        lines.invalidateAll();
    }

    private static Optional<ProjectView> read(String projectId) {
        return Optional.ofNullable(Project.<Project>findById(projectId)).map(ProjectView::of);
    }
}
