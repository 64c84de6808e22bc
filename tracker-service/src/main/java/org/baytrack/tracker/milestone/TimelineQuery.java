package org.baytrack.tracker.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a project's timeline in two queries: its milestones, then their evidence. */
@ApplicationScoped
public class TimelineQuery {
    @Inject
    EntityManager em;

    /** Each project's most recent report date, over every dated piece of evidence on its timeline. */
    public Map<String, LocalDate> latestReports() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.project_id, max(e.published) from milestone m "
                + "join milestone_evidence e on e.milestone_id = m.id where e.published is not null "
                + "group by m.project_id").getResultList();
        Map<String, LocalDate> latest = new HashMap<>();
        for (Object[] r : rows) {
            latest.put((String) r[0], r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1]);
        }
        return latest;
    }

    public List<TimelineEntry> of(String projectId) {
        List<TrackedMilestone> milestones = TrackedMilestone.list("projectId = ?1 order by sortDate nulls last, kind, dateKey", projectId);
        if (milestones.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TimelineEntry.Evidence>> evidence = new HashMap<>();
        MilestoneEvidence.<MilestoneEvidence>list("milestoneId in ?1 order by published, id",
                        milestones.stream().map(m -> m.id).toList())
                .forEach(e -> evidence.computeIfAbsent(e.milestoneId, k -> new ArrayList<>())
                        .add(new TimelineEntry.Evidence(e.articleId, e.source, e.url, e.published, e.title, e.sentence,
                                e.originalSentence)));
        List<TimelineEntry> entries = new ArrayList<>();
        for (TrackedMilestone m : milestones) {
            entries.add(new TimelineEntry(m.kind, m.date, m.precision, m.sortDate,
                    evidence.getOrDefault(m.id, List.of())));
        }
        // undated entries of undated articles last, in the database's order: nothing places them in time
        entries.sort(Comparator.comparing(TimelineEntry::effectiveDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }
}
