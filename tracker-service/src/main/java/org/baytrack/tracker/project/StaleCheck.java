package org.baytrack.tracker.project;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.tracker.TrackerConfig;
import org.baytrack.tracker.milestone.TimelineQuery;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Publishes stale for the projects {@link StalePolicy} finds silent: shortly after start-up, then on schedule. */
@ApplicationScoped
public class StaleCheck {
    private static final Logger LOG = Logger.getLogger(StaleCheck.class);

    @Inject
    TimelineQuery timeline;
    @Inject
    ChangeLog changeLog;
    @Inject
    TrackerConfig config;

    Clock clock = Clock.systemUTC();

    @Scheduled(every = "${baytrack.tracker.stale-check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            int published = check(LocalDate.now(clock));
            if (published > 0) {
                LOG.infof("%d projects had no report for %s: published as stale", published, config.staleAfter());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Checking projects for staleness failed; the next run retries: %s", e.toString());
        }
    }

    /** @return how many projects were published as stale, as of {@code today} */
    public int check(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var latest = timeline.latestReports();
            List<Project> projects = Project.list("stale = false");
            int published = 0;
            for (Project p : projects) {
                LocalDate reported = latest.getOrDefault(p.id, p.lastEvidencePublished);
                var change = StalePolicy.check(p.progressState(), reported, today, config.staleAfter());
                if (change.isPresent() && changeLog.record(change.get().eventId(), change.get().event(), p, true)) {
                    published++;
                }
            }
            return published;
        });
    }
}
