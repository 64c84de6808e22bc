package org.baytrack.tracker.article;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.tracker.TrackerConfig;
import org.baytrack.tracker.agreement.AgreementBook;
import org.baytrack.tracker.entity.EntityDirectory;
import org.baytrack.tracker.milestone.ArticleRef;
import org.baytrack.tracker.milestone.Timeline;
import org.baytrack.tracker.milestone.TrackedClaim;
import org.baytrack.tracker.project.ChangeLog;
import org.baytrack.tracker.project.Project;
import org.baytrack.tracker.project.ProjectProgress;
import org.baytrack.tracker.project.Stage;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies one cataloged article: its milestone claims to the timelines and boards of the projects they name, its
 * agreements to the agreement book. A handful of queries per article whatever the number of projects.
 */
@ApplicationScoped
public class ArticleTracker {
    private static final Logger LOG = Logger.getLogger(ArticleTracker.class);

    @Inject
    EntityDirectory directory;
    @Inject
    Timeline timeline;
    @Inject
    ChangeLog changeLog;
    @Inject
    AgreementBook agreements;
    @Inject
    TrackerConfig config;
    @Inject
    MeterRegistry registry;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void track(ArticleCataloged article) {
        ArticleRef ref = reference(article);
        Map<String, List<TrackedClaim>> claims = claimsByProject(article);
        int published = 0;
        if (!claims.isEmpty()) {
            Map<String, Project> projects = directory.follow(claims.keySet());
            var milestones = timeline.relevantTo(claims, Stage.progressKinds());
            var backed = timeline.backedBy(ref.storyId());
            for (var entry : claims.entrySet()) {
                Project project = projects.get(entry.getKey());
                if (project == null) {
                    continue; // deleted by the catalog while this article was on its way
                }
                var existing = milestones.getOrDefault(project.id, List.of());
                var outcome = ProjectProgress.track(project.progressState(), Timeline.known(existing),
                        backed.getOrDefault(project.id, Set.of()), entry.getValue(), ref);
                timeline.store(project.id, existing, outcome.merge(), ref);
                for (var change : outcome.changes()) {
                    if (changeLog.record(change.eventId(), change.event(), project, true)) {
                        published++;
                    }
                }
                if (outcome.forecastConfirmed() != null) {
                    project.forecastPublished = outcome.forecastConfirmed();
                }
            }
        }
        published += agreements.track(article, ref);
        registry.counter("baytrack.tracker.articles").increment();
        registry.counter("baytrack.tracker.changes").increment(published);
        LOG.debugf("Article %s rev %d: %d projects, %d changes published", article.articleId(), article.revision(),
                claims.size(), published);
    }

    ArticleRef reference(ArticleCataloged article) {
        LocalDate published = article.published();
        // An undated article cannot be shown to be old, so only a backfill makes it history: its claims alert as
        // news would, but it lends them no date (today is when it arrived, not when anything happened).
        boolean historical = article.backfill() || published != null
                && published.isBefore(LocalDate.now(clock).minusDays(config.historyHorizon().toDays()));
        return new ArticleRef(article.articleId(), article.canonicalArticleId(), article.title(), article.source(),
                article.url(), published, historical);
    }

    static Map<String, List<TrackedClaim>> claimsByProject(ArticleCataloged article) {
        Map<String, List<TrackedClaim>> byProject = new LinkedHashMap<>();
        if (article.milestones() == null) {
            return byProject;
        }
        for (var m : article.milestones()) {
            if (m.project() == null || m.kind() == null) {
                continue;
            }
            PartialDate date;
            try {
                date = m.when();
            } catch (IllegalArgumentException e) {
                date = null;
            }
            byProject.computeIfAbsent(m.project(), k -> new ArrayList<>())
                    .add(new TrackedClaim(m.kind(), date, m.evidence() == null ? "" : m.evidence(), m.originalEvidence()));
        }
        return byProject;
    }
}
